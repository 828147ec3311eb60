/**
 * Compare pages, /compare/<a>-vs-<b>/: which pairs of roles get one, what two roles share and what
 * each would have to add to do the other's job, and which of their figures can honestly be set side
 * by side. Pure functions of the resolved data, shared by the pages, the content check and the tests.
 */

/** A role's links to other roles, by id: the edges compare pages are made for. */
export interface RoleLinks {
  id: string;
  leadsTo: readonly string[];
  comesFrom: readonly string[];
  related: readonly string[];
  /** Pairs editors ask for although no progression step or related link joins the two roles. */
  compareWith: readonly string[];
}

export type PairReason = 'progression' | 'related' | 'editors';

export interface RolePair {
  /** The role whose id sorts first: one fixed order per pair, so b-vs-a never exists beside a-vs-b. */
  a: string;
  b: string;
  /** "backend-developer-vs-devops-engineer": the page's address under /compare/. */
  slug: string;
  /** Why the pair has a page, each reason once. */
  reasons: PairReason[];
}

/** The page address of a pair, whichever order the two ids come in. */
export function pairSlug(first: string, second: string): string {
  const [a, b] = first < second ? [first, second] : [second, first];
  return `${a}-vs-${b}`;
}

/**
 * One pair per two roles linked by a progression step (either direction), by `related`, or by an
 * editor's `compareWith`. Links to roles that do not exist are skipped (the content check reports
 * them). The work is one pass over the links, so the number of pages grows with the links, never
 * with every pair of roles.
 */
export function comparePairs(roles: readonly RoleLinks[]): RolePair[] {
  const exists = new Set(roles.map((role) => role.id));
  const pairs = new Map<string, RolePair>();
  const add = (from: string, to: string, reason: PairReason) => {
    if (from === to || !exists.has(from) || !exists.has(to)) return;
    const slug = pairSlug(from, to);
    const [a, b] = from < to ? [from, to] : [to, from];
    const pair = pairs.get(slug) ?? { a, b, slug, reasons: [] };
    if (pair.a !== a || pair.b !== b)
      throw new Error(`two pairs of roles share the compare address /compare/${slug}/: rename one of the roles`);
    if (!pair.reasons.includes(reason)) pair.reasons.push(reason);
    pairs.set(slug, pair);
  };
  for (const role of roles) {
    for (const other of [...role.leadsTo, ...role.comesFrom]) add(role.id, other, 'progression');
    for (const other of role.related) add(role.id, other, 'related');
    for (const other of role.compareWith) add(role.id, other, 'editors');
  }
  return [...pairs.values()].sort((x, y) => (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0));
}

/** What two lists share and what each has that the other lacks, matched by `key`, in list order. */
export interface Gap<T> {
  /**
   * Items both ask for: the same entry on both sides, or a wider entry on one side that the other
   * side has through a narrower one (`narrower` says which side that is).
   */
  shared: { a: T; b: T; narrower?: 'a' | 'b' }[];
  /** Asked for by A only: what someone moving from B to A would have to add. */
  onlyA: T[];
  /** Asked for by B only: what someone moving from A to B would have to add. */
  onlyB: T[];
}

/**
 * The gap between two lists. `wider` gives the keys an entry is part of (a skill's broader skills):
 * someone who has a narrower entry is not told they lack the wider one, but someone who has only the
 * wider one is still told about the narrower one, which asks for more.
 */
export function gap<T>(
  a: readonly T[],
  b: readonly T[],
  key: (item: T) => string,
  wider: (key: string) => readonly string[] = () => [],
): Gap<T> {
  const shared: Gap<T>['shared'] = [];
  const inB = new Map(b.map((item) => [key(item), item]));
  const matchedA = new Set<string>();
  const matchedB = new Set<string>();
  for (const item of a) {
    const match = inB.get(key(item));
    if (match === undefined) continue;
    shared.push({ a: item, b: match });
    matchedA.add(key(item));
    matchedB.add(key(item));
  }
  const coverage = (from: readonly T[], to: readonly T[], matched: Set<string>, side: 'a' | 'b') => {
    for (const item of to) {
      if (matched.has(key(item))) continue;
      const narrower = from.find((candidate) => wider(key(candidate)).includes(key(item)));
      if (narrower === undefined) continue;
      shared.push(side === 'a' ? { a: narrower, b: item, narrower: 'a' } : { a: item, b: narrower, narrower: 'b' });
      matched.add(key(item));
    }
  };
  coverage(a, b, matchedB, 'a');
  coverage(b, a, matchedA, 'b');
  return {
    shared,
    onlyA: a.filter((item) => !matchedA.has(key(item))),
    onlyB: b.filter((item) => !matchedB.has(key(item))),
  };
}

// ——— Figures: like for like only ———

/** The fields of a resolved pay figure that decide what it measures. */
export interface ComparableSalary {
  id: string;
  region: string;
  currency: string;
  period: string;
  level: string;
  statistic: string;
  year: number | 'undated';
  basis?: string | undefined;
  source: { id: string };
  supersededBy?: string | undefined;
  context?: true | undefined;
  official?: { edition: string; occupation: string; statistic: string } | undefined;
}

/** The fields of a resolved outlook figure that decide what it measures. */
export interface ComparableOutlook {
  id: string;
  metric: string;
  region: string;
  from: number | 'undated';
  to?: number | undefined;
  source: { id: string };
  supersededBy?: string | undefined;
  official?: { edition: string; occupation: string; statistic: string } | undefined;
}

/**
 * An official statistic's kind, whatever occupation it counts: the median of a whole profile
 * ("median-annual") and the median of one occupation within it ("median-annual:15-1242" and
 * "median-annual:15-1243" are both "median-annual:one-occupation").
 */
const statisticKind = (statistic: string) =>
  statistic.includes(':') ? `${statistic.split(':')[0]}:one-occupation` : statistic;

/**
 * Two pay figures are like for like when this key is equal: the same publication and edition (or
 * source and year), region, currency, period, level, kind of statistic and gross/net basis.
 */
export function salaryBasis(figure: ComparableSalary): string {
  const origin = figure.official
    ? `official:${figure.official.edition}:${statisticKind(figure.official.statistic)}`
    : `source:${figure.source.id}`;
  return [
    origin,
    figure.region,
    figure.currency,
    figure.period,
    figure.level,
    figure.statistic,
    figure.year,
    figure.basis ?? '',
  ].join('|');
}

/** Two outlook figures are like for like when this key is equal: same edition (or source), measure, region and period. */
export function outlookBasis(figure: ComparableOutlook): string {
  const origin = figure.official
    ? `official:${figure.official.edition}:${statisticKind(figure.official.statistic)}`
    : `source:${figure.source.id}`;
  return [origin, figure.metric, figure.region, figure.from, figure.to ?? ''].join('|');
}

export interface FigureRow<F> {
  /** The shared key: both sides measure exactly this. */
  basis: string;
  a: F[];
  b: F[];
  /**
   * Both sides are the same official figures of the same occupation (both roles are counted in it),
   * so the values are identical by construction and the page says why.
   */
  sameOccupation: boolean;
}

export interface FigureComparison<F> {
  rows: FigureRow<F>[];
  /** Current figures of each role that have no like-for-like partner on the other side. */
  unmatchedA: F[];
  unmatchedB: F[];
}

/**
 * The figures of two roles that can be set side by side. Superseded figures (an older edition) and
 * figures shown only for context (another occupation's pay) are left out: a comparison of current pay.
 */
export function compareFigures<
  F extends {
    supersededBy?: string | undefined;
    context?: true | undefined;
    official?: { occupation: string; edition: string; statistic: string } | undefined;
  },
>(a: readonly F[], b: readonly F[], basisOf: (figure: F) => string): FigureComparison<F> {
  const current = (list: readonly F[]) => list.filter((f) => f.supersededBy === undefined && f.context === undefined);
  const group = (list: readonly F[]) => {
    const groups = new Map<string, F[]>();
    for (const figure of current(list)) groups.set(basisOf(figure), [...(groups.get(basisOf(figure)) ?? []), figure]);
    return groups;
  };
  const inA = group(a);
  const inB = group(b);
  const rows: FigureRow<F>[] = [];
  for (const [basis, figuresA] of inA) {
    const figuresB = inB.get(basis);
    if (!figuresB) continue;
    // The same occupation entry of the same edition and the same statistic (which names the code for
    // one occupation of a combined profile): the very same published number.
    const occupations = (list: F[]) =>
      list
        .map((f) => (f.official ? `${f.official.edition}/${f.official.occupation}/${f.official.statistic}` : ''))
        .join(',');
    rows.push({
      basis,
      a: figuresA,
      b: figuresB,
      sameOccupation: figuresA.every((f) => f.official) && occupations(figuresA) === occupations(figuresB),
    });
  }
  return {
    rows,
    unmatchedA: current(a).filter((f) => !inB.has(basisOf(f))),
    unmatchedB: current(b).filter((f) => !inA.has(basisOf(f))),
  };
}
