import { isRated } from './ratings.ts';
import type { OnetData, OnetOccupation } from './types.ts';

export interface SimilarOccupation {
  code: string;
  /** O*NET's title, when the project carries the occupation. */
  title?: string;
  tier: string;
  /** O*NET's rank: 1 is the closest. */
  index: number;
  /** The site's roles mapped to this occupation, so the page can link them. */
  roleIds: string[];
}

/**
 * O*NET's related occupations, closest first, each with the site's roles mapped to it.
 * `roleIdsByCode` comes from the roles' onetOccupations (see rolesByOnetCode).
 */
export function similarOccupations(
  data: OnetData,
  occupation: OnetOccupation,
  roleIdsByCode: ReadonlyMap<string, readonly string[]>,
  limit = 10,
): SimilarOccupation[] {
  return occupation.relatedOccupations.slice(0, limit).map((related) => {
    const title = data.occupations.get(related.code)?.title;
    return {
      code: related.code,
      ...(title ? { title } : {}),
      tier: related.tier,
      index: related.index,
      roleIds: [...(roleIdsByCode.get(related.code) ?? [])],
    };
  });
}

/** Which roles map to each O*NET code, from the roles' `onetOccupations` field. */
export function rolesByOnetCode(
  roles: readonly { id: string; onetOccupations: readonly { code: string }[] }[],
): Map<string, string[]> {
  const byCode = new Map<string, string[]>();
  for (const role of roles)
    for (const { code } of role.onetOccupations) {
      const ids = byCode.get(code);
      if (ids) ids.push(role.id);
      else byCode.set(code, [role.id]);
    }
  // Sorted once at the end: sorting on every insertion cost quadratic time when many roles share a code.
  for (const ids of byCode.values()) ids.sort();
  return byCode;
}

export interface RatedOccupation {
  /** The occupation whose ratings to show. */
  occupation: OnetOccupation;
  /** True when O*NET does not rate the role's own occupation and this is the nearest one it does rate. */
  substitute: boolean;
  /** The role's own occupation (the same as `occupation` unless `substitute`). */
  mappedTo: OnetOccupation;
  /** How the substitute was found: O*NET's relatedness, or (when O*NET relates none) the same SOC code. */
  foundBy?: 'related' | 'same-soc-code';
}

/**
 * The occupation whose ratings a role shows: its own, or — for one O*NET does not rate ("All Other"
 * codes) — the closest rated one by relatedness: its own related list first, then the occupations that
 * list it as related (by their rank); when O*NET relates it to none, the first rated occupation under the
 * same 6-digit SOC code ("15-1299.00" → "15-1299.01"). Undefined when none is rated.
 */
export function ratedOccupationFor(data: OnetData, occupation: OnetOccupation): RatedOccupation | undefined {
  if (isRated(occupation)) return { occupation, substitute: false, mappedTo: occupation };
  const rated = (code: string) => {
    const candidate = data.occupations.get(code);
    return candidate && isRated(candidate) ? candidate : undefined;
  };
  const forward = occupation.relatedOccupations.map((r) => rated(r.code)).find(Boolean);
  const backward = [...data.occupations.values()]
    .flatMap((other) =>
      other.relatedOccupations.filter((r) => r.code === occupation.code).map((r) => ({ other, index: r.index })),
    )
    .sort((a, b) => a.index - b.index || a.other.code.localeCompare(b.other.code))
    .map(({ other }) => rated(other.code))
    .find(Boolean);
  const related = forward ?? backward;
  if (related) return { occupation: related, substitute: true, mappedTo: occupation, foundBy: 'related' };
  const sibling = [...data.occupations.values()]
    .filter((o) => o.code !== occupation.code && o.code.slice(0, 7) === occupation.code.slice(0, 7) && isRated(o))
    .sort((a, b) => a.code.localeCompare(b.code))[0];
  return sibling && { occupation: sibling, substitute: true, mappedTo: occupation, foundBy: 'same-soc-code' };
}
