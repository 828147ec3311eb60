// The benchmark's synthetic roles give the site as many compare pages per role as the real content
// has: the number of compare pages grows linearly with the roles, never with every pair of them.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parse } from 'yaml';
import { pairsPerRole, syntheticId, writeSyntheticRoles } from '../../../scripts/lib/synthetic-roles.ts';
import { comparePairs } from '../../../src/lib/compare/role-pairs.ts';

const temps: string[] = [];
after(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const real = join(process.cwd(), 'content/roles');

/** Compare pages of a roles folder, read from each role's links as the site reads them. */
function pagesIn(dir: string): number {
  return comparePairs(
    readdirSync(dir).map((name) => {
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, name), 'utf8'))![1]!);
      return {
        id: name.replace(/\.mdx$/, ''),
        leadsTo: data.progression?.leadsTo ?? [],
        comesFrom: data.progression?.comesFrom ?? [],
        related: data.related ?? [],
        compareWith: data.compareWith ?? [],
      };
    }),
  ).length;
}

test('synthetic roles add as many compare pages per role as the real content has', () => {
  const k = pairsPerRole(real);
  const realPages = pagesIn(real);
  assert.equal(k, Math.round(realPages / readdirSync(real).length));
  // Two sizes show the growth; comparePairs' own test takes the ring to 1,000 roles.
  for (const n of [10, 60]) {
    const dir = mkdtempSync(join(tmpdir(), 'synthetic-roles-'));
    temps.push(dir);
    cpSync(real, dir, { recursive: true });
    const titles = writeSyntheticRoles(join(real, 'backend-developer.mdx'), dir, n);
    assert.equal(pagesIn(dir), realPages + k * n, `${n} synthetic roles`);
    // The benchmark edits the first one's title line by the title it is given back.
    assert.equal(titles.length, n);
    const firstFile = readFileSync(join(dir, `${syntheticId(0)}.mdx`), 'utf8');
    assert.ok(firstFile.includes(`\ntitle: ${titles[0]}\n`), `the first role's file has the title line "${titles[0]}"`);
  }
});
