// O*NET's similar occupations on the career maps (issue 17 item 3): a different kind of edge from a step.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { roleMap, wholeMap, type MapRole } from '../../../src/lib/charts/career-map.ts';
import { similarColumnLimit, similarRoles } from '../../../src/lib/onet/similar-roles.ts';

const occupation = (code: string, ...related: string[]) => ({
  code,
  relatedOccupations: related.map((c, i) => ({ code: c, index: i + 1 })),
});

describe('similar roles', () => {
  const roles = new Map(
    [
      { id: 'dev', onet: [occupation('A', 'B', 'C')] },
      { id: 'dev-lead', onet: [occupation('A', 'B', 'C')] },
      { id: 'dba', onet: [occupation('B', 'C', 'A')] },
      { id: 'net', onet: [occupation('C')] },
      { id: 'none', onet: [] },
    ].map((r) => [r.id, r]),
  );

  it("follows O*NET's ranking, never the role itself or a role on the same occupation, at most the limit", () => {
    const similar = similarRoles(roles, 2);
    assert.deepEqual(similar.get('dev'), ['dba', 'net']);
    assert.deepEqual(similar.get('dba'), ['net', 'dev']);
    assert.deepEqual(similar.get('net'), []);
    assert.deepEqual(similar.get('none'), []);
    assert.deepEqual(similarRoles(roles, 1).get('dev'), ['dba']);
  });
});

describe('maps with similar roles', () => {
  const role = (id: string, similar: string[], leadsTo: string[] = [], comesFrom: string[] = []): MapRole => ({
    id,
    title: id.toUpperCase(),
    family: 'f',
    leadsTo,
    comesFrom,
    similar,
  });
  const roles = new Map(
    [role('a', ['c'], ['b']), role('b', [], [], ['a']), role('c', []), role('d', ['a'])].map((r) => [r.id, r]),
  );

  it("a role's map puts its similar roles (either way) in a column past the last, joined by similar edges", () => {
    const map = roleMap(roles, 'a');
    const similar = map.nodes.filter((n) => n.similar).map((n) => n.id);
    assert.deepEqual(similar.sort(), ['c', 'd']);
    const b = map.nodes.find((n) => n.id === 'b')!;
    for (const id of similar) assert.ok(map.nodes.find((n) => n.id === id)!.x > b.x, `${id} right of the steps`);
    assert.deepEqual(
      map.edges.filter((e) => e.kind === 'step').map((e) => [e.from, e.to]),
      [['a', 'b']],
    );
    assert.equal(map.edges.filter((e) => e.kind === 'similar').length, 2);
    assert.ok(
      map.edges.filter((e) => e.kind === 'similar').every((e) => e.head === ''),
      'no arrowhead',
    );
  });

  it('a role with no step still gets a map with an edge', () => {
    const map = roleMap(roles, 'c');
    assert.equal(map.edges.length, 1);
    assert.equal(map.edges[0]!.kind, 'similar');
  });

  it('the whole map draws each similar pair once, not over a step', () => {
    const withStep = new Map([...roles, ['b', role('b', ['a'], [], ['a'])]]);
    const map = wholeMap(withStep);
    const similar = map.edges.filter((e) => e.kind === 'similar').map((e) => [e.from, e.to].sort().join('-'));
    assert.deepEqual(similar.sort(), ['a-c', 'a-d']);
  });

  it('a role many others name shows the closest few, its own first, and the map costs the same at any size', () => {
    // 'hub' names 'own'; 'near-*' rank 'hub' first, 'far-*' second (after 'own'); there are many of each.
    const crowd = (prefix: string, similar: string[], n: number) =>
      Array.from({ length: n }, (_, i) => role(`${prefix}-${String(i).padStart(4, '0')}`, similar));
    const build = (n: number) =>
      new Map(
        [role('hub', ['own']), role('own', []), ...crowd('far', ['own', 'hub'], n), ...crowd('near', ['hub'], n)].map(
          (r) => [r.id, r],
        ),
      );
    const similarOf = (roles: Map<string, MapRole>) =>
      roleMap(roles, 'hub')
        .nodes.filter((n) => n.similar)
        .map((n) => n.id)
        .sort();
    const small = similarOf(build(50));
    const nearest = Array.from({ length: similarColumnLimit - 1 }, (_, i) => `near-${String(i).padStart(4, '0')}`);
    assert.deepEqual(small, ['own', ...nearest].sort());
    // A site a hundred times larger draws the same column, so the page neither grows nor slows with it.
    assert.deepEqual(similarOf(build(5000)), small);
  });
});
