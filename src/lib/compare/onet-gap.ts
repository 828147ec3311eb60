import { mergedTechnologies, type EditorialTechnology, type MergedTechnology } from '../onet/technologies.ts';
import { ratedOccupationFor } from '../onet/similar.ts';
import { topRatings, type RatedElement } from '../onet/ratings.ts';
import { onetRounding } from '../onet/rounding.ts';
import type { OnetData, OnetOccupation } from '../onet/types.ts';

/**
 * The gap between two roles measured on O*NET's scales (issue 17 item 4): both roles read from the same
 * ratings and technology lists, so the gap no longer depends on how much each profile's sources said.
 */

/** What a role brings to the comparison: its id, title and the O*NET occupations it maps to (first leads). */
export interface GapRole {
  id: string;
  title: string;
  onet: readonly OnetOccupation[];
  /** Its editorial technology ids, so an O*NET example the site has an entry for keeps the site's name. */
  technologyIds: readonly string[];
}

/** One skill or knowledge area the other role rates higher: both importances, rounded as pages show them. */
export interface RatingStep {
  elementId: string;
  name: string;
  domain: 'skills' | 'knowledge';
  /** Importance (1–5) for the role moved from, and for the role moved to. */
  from: number;
  to: number;
}

/** One direction of a move, on O*NET's scales. */
export interface OnetMove {
  fromId: string;
  toId: string;
  /** The largest rises in importance, biggest first (at most `ratingLimit`). */
  ratings: RatingStep[];
  /** O*NET technologies the other occupation lists and this one does not: Hot and In-demand first. */
  technologies: MergedTechnology[];
}

export type OnetGap =
  /** Both roles map (first) to one O*NET occupation: O*NET rates them the same, so there is no gap to show. */
  | { kind: 'same-occupation'; code: string; title: string }
  /** One role has no O*NET occupation with ratings: nothing to measure against. */
  | { kind: 'not-rated'; roleIds: string[] }
  | { kind: 'gap'; occupations: [OnetOccupation, OnetOccupation]; substitutes: boolean; moves: [OnetMove, OnetMove] };

/** How many ratings each direction lists: "a handful", the largest differences. */
export const ratingLimit = 6;
/** How many technologies each direction lists before "and N more". */
export const technologyLimit = 12;

const rounded = (value: number) => Number(value.toFixed(onetRounding.ratingDigits));
const technologyKey = (t: MergedTechnology) => t.technologyId ?? t.name.toLowerCase();

function allRatings(
  data: OnetData,
  occupation: OnetOccupation,
): Map<string, RatedElement & { domain: RatingStep['domain'] }> {
  const domains = ['skills', 'knowledge'] as const;
  return new Map(
    domains.flatMap((domain) =>
      topRatings(data, occupation, domain, Infinity).map((r) => [r.elementId, { ...r, domain }] as const),
    ),
  );
}

/** The elements `to` rates more important than `from`, biggest rise first; suppressed values never count. */
export function ratingSteps(
  data: OnetData,
  from: OnetOccupation,
  to: OnetOccupation,
  limit = ratingLimit,
): RatingStep[] {
  const mine = allRatings(data, from);
  return [...allRatings(data, to).values()]
    .flatMap((target): RatingStep[] => {
      const own = mine.get(target.elementId);
      if (!own) return [];
      const step = { elementId: target.elementId, name: target.name, domain: target.domain };
      return [{ ...step, from: rounded(own.importance), to: rounded(target.importance) }];
    })
    .filter((step) => step.to > step.from)
    .sort((a, b) => b.to - b.from - (a.to - a.from) || b.to - a.to || a.name.localeCompare(b.name))
    .slice(0, limit);
}

const onetTechnologies = (
  occupation: OnetOccupation,
  catalogue: readonly EditorialTechnology[],
  ids: readonly string[],
) =>
  mergedTechnologies(occupation, catalogue, ids)
    .filter((group) => group.fromOnet)
    .flatMap((group) => group.technologies);

const flagRank = (t: MergedTechnology) => (t.hot && t.inDemand ? 0 : t.hot || t.inDemand ? 1 : 2);

/** The O*NET technologies of `to` that `from`'s occupations do not list, Hot and In-demand first, then by name. */
export function technologySteps(
  from: GapRole,
  to: GapRole,
  catalogue: readonly EditorialTechnology[],
): MergedTechnology[] {
  const own = new Set(from.onet.flatMap((o) => onetTechnologies(o, catalogue, from.technologyIds)).map(technologyKey));
  const seen = new Set<string>();
  return to.onet
    .flatMap((o) => onetTechnologies(o, catalogue, to.technologyIds))
    .filter((t) => !own.has(technologyKey(t)) && !seen.has(technologyKey(t)) && seen.add(technologyKey(t)))
    .sort((a, b) => flagRank(a) - flagRank(b) || a.name.localeCompare(b.name));
}

/** The O*NET gap between two roles, both ways, or why there is none. */
export function onetGap(data: OnetData, a: GapRole, b: GapRole, catalogue: readonly EditorialTechnology[]): OnetGap {
  const [ownA, ownB] = [a.onet[0], b.onet[0]];
  if (ownA && ownB && ownA.code === ownB.code) return { kind: 'same-occupation', code: ownA.code, title: ownA.title };
  const [ratedA, ratedB] = [ownA && ratedOccupationFor(data, ownA), ownB && ratedOccupationFor(data, ownB)];
  if (!ratedA || !ratedB)
    return { kind: 'not-rated', roleIds: [!ratedA && a.id, !ratedB && b.id].filter((id): id is string => !!id) };
  const move = (from: GapRole, to: GapRole, fromRated: OnetOccupation, toRated: OnetOccupation): OnetMove => ({
    fromId: from.id,
    toId: to.id,
    ratings: ratingSteps(data, fromRated, toRated),
    technologies: technologySteps(from, to, catalogue),
  });
  return {
    kind: 'gap',
    occupations: [ratedA.occupation, ratedB.occupation],
    substitutes: ratedA.substitute || ratedB.substitute,
    moves: [move(a, b, ratedA.occupation, ratedB.occupation), move(b, a, ratedB.occupation, ratedA.occupation)],
  };
}
