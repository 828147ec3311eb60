// Which technologies get a page: the one rule role pages and technology pages share (issue 17 item 5).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { hasTechnologyPage, slugOf, technologyPageIds, technologyUses } from '../../../src/lib/onet/index.ts';
import { readOnetData } from '../../../src/lib/onet/onet-io.ts';

const data = readOnetData('content');
const catalogue = parse(readFileSync('content/technologies.yaml', 'utf8')) as {
  id: string;
  name: string;
  aliases?: string[];
  category: string;
}[];

describe('hasTechnologyPage', () => {
  test('one role, no flag: no page', () => {
    assert.equal(hasTechnologyPage([{ roleId: 'a', hot: false, inDemand: false }]), false);
    assert.equal(hasTechnologyPage([]), false);
  });
  test('the same role twice is still one role', () => {
    const use = { roleId: 'a', hot: false, inDemand: false };
    assert.equal(hasTechnologyPage([use, use]), false);
  });
  test('two roles: a page', () => {
    assert.equal(
      hasTechnologyPage([
        { roleId: 'a', hot: false, inDemand: false },
        { roleId: 'b', hot: false, inDemand: false },
      ]),
      true,
    );
  });
  test('Hot or In demand for one role: a page', () => {
    assert.equal(hasTechnologyPage([{ roleId: 'a', hot: true, inDemand: false }]), true);
    assert.equal(hasTechnologyPage([{ roleId: 'a', hot: false, inDemand: true }]), true);
  });
});

describe('on the real data', () => {
  const roles = [
    { id: 'dev', onetOccupations: [{ code: '15-1252.00' }], technologyIds: ['postgresql'] },
    { id: 'none', onetOccupations: [], technologyIds: ['postgresql'] },
  ];
  const uses = technologyUses(data, roles, catalogue);
  const ids = technologyPageIds(data, roles, catalogue);

  test('an editorial entry matched by O*NET is one technology, used once per role', () => {
    const postgres = uses.get('postgresql');
    assert.ok(postgres, 'PostgreSQL is in the catalogue and in O*NET for software developers');
    assert.deepEqual(postgres.uses.map((u) => u.roleId).sort(), ['dev', 'none']);
    assert.ok(ids.has('postgresql'));
  });

  test('an unflagged O*NET-only technology of one role has no page; a flagged one has', () => {
    const developers = data.occupations.get('15-1252.00')!;
    const onetOnly = [...uses].filter(([, u]) => u.technology.technologyId === undefined);
    const plain = onetOnly.find(([, u]) => !u.uses.some((x) => x.hot || x.inDemand));
    const flagged = onetOnly.find(([, u]) => u.uses.some((x) => x.hot || x.inDemand));
    assert.ok(
      plain && flagged,
      `software developers have ${developers.technologies.length} technologies of both kinds`,
    );
    assert.equal(ids.has(plain[0]), false);
    assert.equal(ids.has(flagged[0]), true);
  });

  test('page ids are slugs', () => {
    assert.equal(slugOf('Microsoft Visual C++'), 'microsoft-visual-c-plus-plus');
    assert.equal(slugOf('C#'), 'c-sharp');
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
