// The skills gap on a compare page is computed from the data: in a copy of content/, changing one skill
// of one role changes what the two roles share and what each would have to add, with nothing else edited.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { loadContent } from '../../../scripts/content-check/load.ts';
import { checkSchemas } from '../../../scripts/content-check/schema-rules.ts';
import { gap } from '../../../src/lib/compare/role-pairs.ts';
import { widerSkills } from '../../../src/lib/catalog/skill-groups.ts';
import type { RoleSkill, SkillEntry } from '../../../src/lib/model/entries.ts';

const dir = mkdtempSync(join(tmpdir(), 'compare-content-'));
after(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(process.cwd(), 'content'), join(dir, 'content'), { recursive: true });

/** The skills gap between two roles of the copy, resolved as the site resolves them. */
function skillGap(a: string, b: string) {
  const { parsed, problems } = checkSchemas(loadContent(join(dir, 'content'), dir));
  assert.deepEqual(
    problems.filter((p) => p.severity === 'error'),
    [],
  );
  const skills = new Map(
    (
      parsed.find((p) => p.file.collection === 'skills')!.data as unknown as (SkillEntry['data'] & { id: string })[]
    ).map(({ id, ...data }) => [id, { id, data }] as const),
  );
  const roleSkills = (id: string): RoleSkill[] =>
    (
      parsed.find((p) => p.file.collection === 'roles' && p.file.id === id)!.data!.skills as {
        skill: { id: string };
        detail?: string;
      }[]
    ).map((item) => ({ skill: skills.get(item.skill.id)!, detail: item.detail }));
  const result = gap(
    roleSkills(a),
    roleSkills(b),
    (item) => item.skill.id,
    (id) => widerSkills(id, skills),
  );
  return {
    shared: result.shared.map((m) => (m.narrower === 'a' ? m.b : m.a).skill.id).sort(),
    newForB: result.onlyB.map((item) => item.skill.id),
    newForA: result.onlyA.map((item) => item.skill.id),
  };
}

test('changing one skill of a role in the content changes the gap', () => {
  const before = skillGap('backend-developer', 'devops-engineer');
  assert.ok(before.shared.includes('cloud-computing'), 'both profiles list cloud computing');
  assert.ok(!before.newForB.includes('on-call'));

  const file = join(dir, 'content/roles/devops-engineer.mdx');
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes('  - skill: cloud-computing\n'), 'update this test: devops-engineer.mdx changed');
  writeFileSync(file, text.replace('  - skill: cloud-computing\n', '  - skill: on-call\n'));

  const after = skillGap('backend-developer', 'devops-engineer');
  assert.ok(!after.shared.includes('cloud-computing'), 'no longer shared');
  assert.ok(after.newForA.includes('cloud-computing'), 'now new for someone moving from DevOps to back-end');
  assert.ok(after.newForB.includes('on-call'), 'now new for someone moving from back-end to DevOps');
  assert.deepEqual(
    before.shared.filter((id) => id !== 'cloud-computing'),
    after.shared,
    'nothing else moved',
  );
});
