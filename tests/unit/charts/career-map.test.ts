// Career maps: which roles a page's map shows, which steps it draws, and where dagre puts them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  layoutMap,
  mapRoles,
  neighbourhood,
  roleMap,
  roleMapLayout,
  wholeMap,
  type CareerMap,
  type MapRole,
} from '../../../src/lib/charts/career-map.ts';
import { textWidth } from '../../../src/lib/charts/text-width.ts';

/** Roles from steps written as "a>b", with both ends merged as src/lib/profile/progression.ts does. */
function graph(steps: string[], alone: string[] = []): Map<string, MapRole> {
  const roles = new Map<string, MapRole & { leadsTo: string[]; comesFrom: string[] }>();
  const role = (id: string) => {
    if (!roles.has(id)) roles.set(id, { id, title: `Role ${id}`, family: 'f', leadsTo: [], comesFrom: [] });
    return roles.get(id)!;
  };
  for (const step of steps) {
    const [from, to] = step.split('>') as [string, string];
    role(from).leadsTo.push(to);
    role(to).comesFrom.push(from);
  }
  alone.forEach(role);
  return roles;
}

describe('which roles a role page maps', () => {
  test('two steps before and two after, each at its distance', () => {
    const { layers } = neighbourhood(graph(['a>b', 'b>c', 'c>d', 'd>e', 'e>f']), 'c');
    assert.deepEqual(Object.fromEntries(layers), { c: 0, b: -1, a: -2, d: 1, e: 2 });
  });

  test('only steps from one column to the next are drawn', () => {
    // b>d skips a column; c>d and b>e join roles in the same column; e>c goes backwards.
    const { layers, edges } = neighbourhood(graph(['a>b', 'a>c', 'b>d', 'c>d', 'c>e', 'b>e', 'e>c']), 'a');
    assert.deepEqual(Object.fromEntries(layers), { a: 0, b: 1, c: 1, d: 2, e: 2 });
    assert.deepEqual(edges.sort(), [
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'd'],
      ['b', 'e'],
      ['c', 'd'],
      ['c', 'e'],
    ]);
  });

  test('a role reachable both ways sits on the nearer side, after the role on a tie', () => {
    // x is one step before a and two after it; t is two steps after a and two before it.
    const near = neighbourhood(graph(['x>a', 'a>b', 'b>x']), 'a').layers;
    assert.equal(near.get('x'), -1);
    const tie = neighbourhood(graph(['a>p', 'p>t', 't>q', 'q>a']), 'a').layers;
    assert.equal(tie.get('t'), 2);
  });

  test('only the neighbourhood is read, so a page costs the same however many roles the site has', () => {
    const chain = Array.from({ length: 500 }, (_, i) => `r${i}>r${i + 1}`);
    const roles = graph(chain);
    const read = new Set<string>();
    const spy = new Map(roles);
    spy.get = (id: string) => {
      read.add(id);
      return roles.get(id);
    };
    neighbourhood(spy, 'r250');
    assert.ok(read.size <= 5, `read ${read.size} roles: ${[...read].join(', ')}`);
  });

  test('a role with no step is mapped alone, and the page draws no map for it', () => {
    const map = roleMap(graph(['a>b'], ['z']), 'z');
    assert.equal(map.nodes.length, 1);
  });
});

/** Box of a node, and whether two boxes overlap. */
const overlaps = (a: CareerMap['nodes'][number], b: CareerMap['nodes'][number]) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('where the boxes go', () => {
  const roles = graph(['a>b', 'b>c', 'c>d', 'd>e', 'c>f', 'g>c', 'c>h', 'h>i']);
  const map = roleMap(roles, 'c');

  test('columns run left to right from two steps before to two steps after', () => {
    const x = (id: string) => map.nodes.find((n) => n.id === id)!.x;
    assert.ok(x('a') < x('b') && x('b') < x('c') && x('c') < x('d') && x('d') < x('e'));
    assert.equal(x('b'), x('g'));
    assert.equal(x('d'), x('f'));
  });

  test('no two boxes overlap, and the drawing holds them all', () => {
    for (const a of map.nodes) {
      for (const b of map.nodes) if (a !== b) assert.ok(!overlaps(a, b), `${a.id} overlaps ${b.id}`);
      assert.ok(a.x >= 0 && a.y >= 0 && a.x + a.width <= map.width && a.y + a.height <= map.height);
    }
  });

  test('each step leaves its box on the right and ends on the left of the next', () => {
    for (const edge of map.edges) {
      const from = map.nodes.find((n) => n.id === edge.from)!;
      const to = map.nodes.find((n) => n.id === edge.to)!;
      const [, x, y] = /^M(-?\d+) (-?\d+)/.exec(edge.path)!.map(Number);
      assert.equal(x, from.x + from.width);
      assert.equal(y, Math.round(from.y + from.height / 2));
      // Relative legs add up to the far end: the left edge of the next box, at its middle.
      const legs = [...edge.path.matchAll(/([hv])(-?\d+)/g)];
      const dx = legs.filter((l) => l[1] === 'h').reduce((sum, l) => sum + Number(l[2]), 0);
      const dy = legs.filter((l) => l[1] === 'v').reduce((sum, l) => sum + Number(l[2]), 0);
      assert.equal(x! + dx, to.x, `${edge.from}>${edge.to} ends at the next box`);
      assert.equal(y! + dy, Math.round(to.y + to.height / 2));
    }
  });

  test('boxes come in reading order: column by column, top to bottom', () => {
    const order = map.nodes.map((n) => [n.x, n.y]);
    const sorted = [...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    assert.deepEqual(order, sorted);
  });

  test('the same content gives the same picture, whatever order it was read in', () => {
    const reversed = new Map([...roles].reverse());
    assert.deepEqual(roleMap(reversed, 'c'), map);
  });

  test('titles wrap to fit their box, and the box grows to hold them', () => {
    const long = layoutMap([{ id: 'x', title: 'Chief technology officer (CTO)', family: 'f' }], [], roleMapLayout);
    const [node] = long.nodes;
    assert.ok(node!.lines.length > 1);
    for (const line of node!.lines)
      assert.ok(textWidth(line, roleMapLayout.fontSize) <= node!.width - 2 * roleMapLayout.padding, line);
    assert.equal(node!.height, node!.lines.length * roleMapLayout.lineHeight + 2 * roleMapLayout.padding);
  });
});

describe('the whole map', () => {
  test('every role is on it, and every step is drawn once with an arrowhead', () => {
    const roles = graph(['a>b', 'b>c', 'a>c'], ['lonely']);
    const map = wholeMap(roles);
    assert.deepEqual(map.nodes.map((n) => n.id).sort(), ['a', 'b', 'c', 'lonely']);
    assert.deepEqual(
      map.edges.map((e) => `${e.from}>${e.to}`),
      ['a>b', 'a>c', 'b>c'],
    );
    for (const edge of map.edges) assert.match(edge.head, /^M\d+ \d+l-7-4v8z$/);
  });
});

test('the site model is converted to map roles once per build, not once per page', () => {
  const entry = (id: string) => ({
    id,
    entry: { data: { title: id } },
    family: { id: 'f' },
    leadsTo: [],
    comesFrom: [],
  });
  const site = new Map([['a', entry('a')]]);
  assert.equal(mapRoles(site), mapRoles(site));
  assert.deepEqual(mapRoles(site).get('a'), {
    id: 'a',
    title: 'a',
    family: 'f',
    leadsTo: [],
    comesFrom: [],
    similar: [],
  });
});
