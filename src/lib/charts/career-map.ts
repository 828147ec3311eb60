// Career maps from the progression graph: which roles a map shows, and where dagre puts them.
// Pure and synchronous, so it runs at build time and components only turn the result into SVG.
import dagre from '@dagrejs/dagre';
import { wrapText } from './text-width.ts';
import { similarColumnLimit, similarRoles, type SimilarRoleInput } from '../onet/similar-roles.ts';

/** What a map needs to know about a role: a structural type, not the site model. */
export interface MapRole {
  id: string;
  title: string;
  /** The family it is grouped under on the whole map. */
  family: string;
  /** Steps out of this role, with both ends already merged (src/lib/profile/progression.ts). */
  leadsTo: readonly string[];
  comesFrom: readonly string[];
  /** Roles on the site whose O*NET occupations O*NET relates to this one's, closest first (a different kind of link). */
  similar?: readonly string[];
}

export interface MapNode {
  id: string;
  title: string;
  /** The title broken into the lines drawn in the box. */
  lines: string[];
  /** Top-left corner and size, in px. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Steps from the role a neighbourhood map is drawn around: negative before it, 0 for the role itself. */
  layer: number;
  family: string;
  /** Shown because O*NET relates its occupation to the centre's, not because of a career step. */
  similar?: true;
}

export interface MapEdge {
  from: string;
  to: string;
  /** SVG path data, ending where it touches the next role's box. */
  path: string;
  /** SVG path data of the arrowhead at that end. */
  head: string;
  /** A sourced career step, or O*NET's similar occupations (drawn dashed, without an arrowhead). */
  kind: 'step' | 'similar';
}

export interface CareerMap {
  width: number;
  height: number;
  direction: 'LR' | 'TB';
  /** Type size and line spacing the titles were wrapped for, in px. */
  fontSize: number;
  lineHeight: number;
  /** In reading order: layer by layer (or rank by rank), then down (or across) the layer. */
  nodes: MapNode[];
  edges: MapEdge[];
}

export interface MapSelection {
  /** Role id → steps from the centre (negative: before it). */
  layers: Map<string, number>;
  /** Steps from one layer to the next, as [from, to]. */
  edges: [string, string][];
  /** One step per role joining it to the centre (the step it was found by): enough to place it. */
  tree: [string, string][];
}

/**
 * The roles within `steps` steps of `centre`, before and after it, and the steps that join one layer
 * to the next. Only the neighbourhood is visited, so a page's map costs the same however large the
 * site grows. A role reachable both ways sits on the nearer side (after it, on a tie).
 */
export function neighbourhood(roles: ReadonlyMap<string, MapRole>, centre: string, steps = 2): MapSelection {
  const layers = new Map<string, number>([[centre, 0]]);
  const tree: [string, string][] = [];
  let ahead = [centre];
  let behind = [centre];
  for (let distance = 1; distance <= steps; distance++) {
    const reach = (frontier: string[], forward: boolean, layer: number) => {
      const found: string[] = [];
      for (const id of frontier) {
        const role = roles.get(id)!;
        for (const other of forward ? role.leadsTo : role.comesFrom) {
          if (layers.has(other) || !roles.has(other)) continue;
          layers.set(other, layer);
          tree.push(forward ? [id, other] : [other, id]);
          found.push(other);
        }
      }
      return found;
    };
    ahead = reach(ahead, true, distance);
    behind = reach(behind, false, -distance);
  }
  const edges: [string, string][] = [];
  for (const [id, layer] of layers) {
    for (const next of roles.get(id)!.leadsTo) if (layers.get(next) === layer + 1) edges.push([id, next]);
  }
  return { layers, edges, tree };
}

export interface LayoutOptions {
  direction: 'LR' | 'TB';
  nodeWidth: number;
  fontSize: number;
  lineHeight: number;
  /** Space inside a box around its title. */
  padding: number;
  nodeGap: number;
  rankGap: number;
}

const round = (n: number) => Math.round(n);
/** Room around the map for the focus ring of a box on its edge. */
const margin = 6;

/**
 * An orthogonal path through the points, leaving and arriving along the direction of the map: each leg
 * goes out half way, across, then in (an elbow). Steps from one box share their first two legs, which
 * reads as a bracket; relative commands make those legs the same text, so the page stays small gzipped.
 */
function elbows(points: { x: number; y: number }[], direction: 'LR' | 'TB', turn = 0.5): string {
  const [first, ...rest] = points.map((p) => ({ x: round(p.x), y: round(p.y) }));
  let d = `M${first!.x} ${first!.y}`;
  let previous = first!;
  for (const [i, point] of rest.entries()) {
    const share = i === 0 ? turn : 0.5;
    const dx = point.x - previous.x;
    const dy = point.y - previous.y;
    if (direction === 'LR') {
      const half = round(dx * share);
      d += dy === 0 ? `h${dx}` : `h${half}v${dy}h${dx - half}`;
    } else {
      const half = round(dy * share);
      d += dx === 0 ? `v${dy}` : `v${half}h${dx}v${dy - half}`;
    }
    previous = point;
  }
  return d;
}

/** An arrowhead whose tip touches `end`, pointing along the map's direction. */
function arrowhead(end: { x: number; y: number }, direction: 'LR' | 'TB'): string {
  const { x, y } = { x: round(end.x), y: round(end.y) };
  return direction === 'LR' ? `M${x} ${y}l-7-4v8z` : `M${x} ${y}l-4-7h8z`;
}

/**
 * Positions for a set of roles and the steps between them, laid out by dagre (layered, ranks in the
 * map's direction). The input is sorted first, so the same content always gives the same picture.
 */
export function layoutMap(
  roles: { id: string; title: string; family: string; layer?: number; similarColumn?: boolean }[],
  steps: [string, string][],
  options: LayoutOptions,
  placedBy: [string, string][] = steps,
  similar: { pairs: [string, string][]; minlen?: number } = { pairs: [] },
): CareerMap {
  const { direction, nodeWidth, fontSize, lineHeight, padding } = options;
  const sorted = [...roles].sort(
    (a, b) => (a.layer ?? 0) - (b.layer ?? 0) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
  );
  const order = new Map(sorted.map((r, i) => [r.id, i]));
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({
    rankdir: direction,
    nodesep: options.nodeGap,
    ranksep: options.rankGap,
    marginx: margin,
    marginy: margin,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  const lines = new Map(sorted.map((r) => [r.id, wrapText(r.title, fontSize, nodeWidth - 2 * padding)]));
  for (const role of sorted) {
    graph.setNode(role.id, { width: nodeWidth, height: lines.get(role.id)!.length * lineHeight + 2 * padding });
  }
  const byOrder = (a: [string, string], b: [string, string]) =>
    order.get(a[0])! - order.get(b[0])! || order.get(a[1])! - order.get(b[1])!;
  const sortedSteps = [...steps].sort(byOrder);
  for (const [from, to] of [...placedBy].sort(byOrder)) graph.setEdge(from, to);
  // On a role's map the similar roles get a column of their own past the last one (minlen); on the whole
  // map they are not placed by their links, only drawn.
  if (similar.minlen !== undefined)
    for (const [from, to] of similar.pairs) graph.setEdge(from, to, { minlen: similar.minlen });
  dagre.layout(graph);

  const nodes = sorted.map((role): MapNode => {
    const box = graph.node(role.id);
    return {
      id: role.id,
      title: role.title,
      lines: lines.get(role.id)!,
      x: round(box.x! - box.width / 2),
      y: round(box.y! - box.height / 2),
      width: box.width,
      height: box.height,
      layer: role.layer ?? 0,
      family: role.family,
      ...(role.similarColumn ? { similar: true as const } : {}),
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // dagre gives a step between neighbouring ranks one bend halfway (room for a label we do not draw):
  // such a step is a single elbow, as is one dagre did not place; a longer one follows the bends dagre
  // routed around the boxes.
  const bendsOf = (from: string, to: string) => {
    const points = graph.edge(from, to)?.points ?? [];
    return points.length > 3 ? points.slice(1, -1) : [];
  };
  // Boxes of one rank that step to the next turn at different depths of the gap, so one box's bracket
  // never runs along another's and every step can be followed to its end.
  const rankOf = (n: MapNode) => (direction === 'LR' ? n.x : n.y);
  const across = (n: MapNode) => (direction === 'LR' ? n.y : n.x);
  const turning = new Map<number, MapNode[]>();
  for (const [from, to] of sortedSteps) {
    if (bendsOf(from, to).length > 0) continue;
    const a = byId.get(from)!;
    const rank = turning.get(rankOf(a)) ?? [];
    if (!rank.includes(a)) rank.push(a);
    turning.set(rankOf(a), rank);
  }
  const turnAt = new Map<string, number>();
  for (const rank of turning.values()) {
    rank.sort((a, b) => across(a) - across(b));
    rank.forEach((n, i) => turnAt.set(n.id, (i + 1) / (rank.length + 1)));
  }
  const edges = sortedSteps.map(([from, to]) => {
    const a = byId.get(from)!;
    const b = byId.get(to)!;
    const bends = bendsOf(from, to);
    // Leave from the middle of the side facing the next rank, and arrive at the middle of the other.
    const start =
      direction === 'LR' ? { x: a.x + a.width, y: a.y + a.height / 2 } : { x: a.x + a.width / 2, y: a.y + a.height };
    const end = direction === 'LR' ? { x: b.x, y: b.y + b.height / 2 } : { x: b.x + b.width / 2, y: b.y };
    const through = [start, ...bends, end];
    const path = elbows(through, direction, turnAt.get(from) ?? 0.5);
    return { from, to, path, head: arrowhead(end, direction), points: through, kind: 'step' as MapEdge['kind'] };
  });
  for (const pair of similar.pairs) {
    // Drawn from the box nearer the start of the map, so the line runs forward like the steps.
    const [a, b] = pair.map((id) => byId.get(id)!).sort((m, n) => rankOf(m) - rankOf(n) || across(m) - across(n));
    if (!a || !b) continue;
    const sameRank = rankOf(a) === rankOf(b);
    const start = sameRank ? { x: a.x + a.width / 2, y: a.y + a.height } : { x: a.x + a.width, y: a.y + a.height / 2 };
    const end = sameRank ? { x: b.x + b.width / 2, y: b.y } : { x: b.x, y: b.y + b.height / 2 };
    const through = [start, ...bendsOf(pair[0], pair[1]), end];
    const path = sameRank
      ? `M${round(start.x)} ${round(start.y)}L${round(end.x)} ${round(end.y)}`
      : elbows(through, direction);
    edges.push({ from: a.id, to: b.id, path, head: '', points: through, kind: 'similar' as const });
  }
  // Reading order: rank by rank, then along the rank.
  const along = (n: MapNode) => (direction === 'LR' ? [n.x, n.y] : [n.y, n.x]);
  nodes.sort((a, b) => along(a)[0]! - along(b)[0]! || along(a)[1]! - along(b)[1]!);
  // dagre's own size leaves out bends of long steps, which can run past the last box.
  const right = Math.max(...nodes.map((n) => n.x + n.width), ...edges.flatMap((e) => e.points.map((p) => p.x)));
  const bottom = Math.max(...nodes.map((n) => n.y + n.height), ...edges.flatMap((e) => e.points.map((p) => p.y)));
  return {
    width: Math.ceil(right) + margin,
    height: Math.ceil(bottom) + margin,
    direction,
    fontSize,
    lineHeight,
    nodes,
    edges: edges.map(({ from, to, path, head, kind }): MapEdge => ({ from, to, path, head, kind })),
  };
}

/** Boxes of a role page's map: titles wrap to fit, so the map stays narrow enough for a phone. */
export const roleMapLayout: LayoutOptions = {
  direction: 'LR',
  nodeWidth: 150,
  fontSize: 13,
  lineHeight: 16,
  padding: 8,
  nodeGap: 10,
  rankGap: 30,
};

/** The whole map on /roles/: ranks run left to right, as on the role pages. */
const wholeMapLayout: LayoutOptions = { ...roleMapLayout, nodeGap: 12, rankGap: 52 };

/**
 * Above this many roles /roles/ draws no whole map: it would be too large to read on a screen, and its
 * layout grows faster than the number of roles. Each role page keeps its own map.
 */
export const wholeMapLimit = 60;

/** A role as the site model resolves it: enough to build the map's own structural type. */
export interface ResolvedRole {
  id: string;
  entry: { data: { title: string } };
  family: { id: string };
  leadsTo: readonly { id: string }[];
  comesFrom: readonly { id: string }[];
  onet?: SimilarRoleInput['onet'];
}

const converted = new WeakMap<ReadonlyMap<string, ResolvedRole>, Map<string, MapRole>>();

/** The roles as maps see them, converted once per build (not once per page). */
export function mapRoles(roles: ReadonlyMap<string, ResolvedRole>): Map<string, MapRole> {
  let result = converted.get(roles);
  if (!result) {
    const similar = similarRoles(roles);
    result = new Map(
      [...roles.values()].map((role) => [
        role.id,
        {
          id: role.id,
          title: role.entry.data.title,
          family: role.family.id,
          leadsTo: role.leadsTo.map((r) => r.id),
          comesFrom: role.comesFrom.map((r) => r.id),
          similar: similar.get(role.id) ?? [],
        },
      ]),
    );
    converted.set(roles, result);
  }
  return result;
}

/** The map drawn on a role's page: the role and the roles up to two steps before and after it. */
export function roleMap(
  roles: ReadonlyMap<string, MapRole>,
  centre: string,
  options: LayoutOptions = roleMapLayout,
): CareerMap {
  const { layers, edges, tree } = neighbourhood(roles, centre);
  const members: { id: string; title: string; family: string; layer: number; similarColumn?: boolean }[] = [
    ...layers,
  ].map(([id, layer]) => ({ ...roles.get(id)!, layer }));
  // O*NET's similar roles (its own, and those that name it) not already on the map: a column past the last.
  const last = Math.max(...layers.values());
  const similar = similarTo(roles, centre)
    .filter((id) => !layers.has(id))
    .slice(0, similarColumnLimit);
  for (const id of similar)
    members.push({
      id,
      title: roles.get(id)!.title,
      family: roles.get(id)!.family,
      layer: last + 1,
      similarColumn: true,
    });
  const pairs = similar.map((id): [string, string] => [centre, id]);
  // dagre places the roles from the steps they were found by, which fixes each in its column; every
  // step between neighbouring columns is then drawn. Crossing reduction over all of them costs dagre
  // far more than it gains: on a dense neighbourhood (45 roles, 150 steps) it took seconds a page.
  return layoutMap(members, edges, options, tree, { pairs, minlen: last + 1 });
}

const namersByRoles = new WeakMap<ReadonlyMap<string, MapRole>, Map<string, string[]>>();

/**
 * For each role, the roles that name it similar, those that rank it closest first, then in the roles' order:
 * found once per build, not once per page.
 */
function namers(roles: ReadonlyMap<string, MapRole>): Map<string, string[]> {
  let byTarget = namersByRoles.get(roles);
  if (!byTarget) {
    const ranked = new Map<string, { id: string; rank: number }[]>();
    for (const role of roles.values()) {
      for (const [rank, target] of [...new Set(role.similar ?? [])].entries()) {
        const list = ranked.get(target);
        if (list) list.push({ id: role.id, rank });
        else ranked.set(target, [{ id: role.id, rank }]);
      }
    }
    // Array sort is stable, so namers of equal rank keep the roles' order.
    byTarget = new Map(
      [...ranked].map(([target, list]) => [target, list.sort((a, b) => a.rank - b.rank).map((n) => n.id)]),
    );
    namersByRoles.set(roles, byTarget);
  }
  return byTarget;
}

/** The similar roles of `centre`: those it names, then those that name it, closest first. */
function similarTo(roles: ReadonlyMap<string, MapRole>, centre: string): string[] {
  const named = roles.get(centre)?.similar ?? [];
  const naming = namers(roles).get(centre) ?? [];
  return [...new Set([...named, ...naming])].filter((id) => id !== centre && roles.has(id));
}

/** The map of every role and every step, for /roles/. */
export function wholeMap(roles: ReadonlyMap<string, MapRole>, options: LayoutOptions = wholeMapLayout): CareerMap {
  const steps: [string, string][] = [];
  for (const role of roles.values()) for (const next of role.leadsTo) if (roles.has(next)) steps.push([role.id, next]);
  const linked = new Set(steps.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
  const similar = new Map<string, [string, string]>();
  for (const role of roles.values())
    for (const other of role.similar ?? []) {
      const key = [role.id, other].sort().join('|');
      if (roles.has(other) && !linked.has(key)) similar.set(key, [role.id, other]);
    }
  const boxes = [...roles.values()].map(({ id, title, family }) => ({ id, title, family }));
  return layoutMap(boxes, steps, options, steps, { pairs: [...similar.values()] });
}
