// A resolved role's coverage and completeness: pure, so the page, the open data and their tests share it.
import { completeness, type Completeness } from './completeness.ts';
import { officialCounts } from '../figures/role-official.ts';
import { coverageOf, type ProfileCoverage } from './role-sections.ts';
import type { Role } from '../model/role-types.ts';

/** What a role's data and official statistics fill, section by section: the page draws its sections from it. */
export function roleCoverage(role: Role): ProfileCoverage {
  const kinds = new Map(role.skills.map(({ skill }) => [skill.id, skill.data.kind]));
  return coverageOf(role.entry.data, {
    // O*NET's similar roles are drawn on the career map too, so a role with no sourced step still gets one.
    progression: role.leadsTo.length + role.comesFrom.length + (role.similarRoles?.length ?? 0),
    skillKind: (id) => kinds.get(id),
    guides: role.guides.length,
    // The same counts the content check makes from the same official figures (src/lib/figures/role-official.ts).
    official: officialCounts(
      { salaries: role.salaries.filter((f) => f.official), outlook: role.outlook.filter((f) => f.official) },
      role.officialEntry.length,
    ),
  });
}

/** Which sections a role's sources cover; a brief profile is marked and kept out of search engines. */
export const roleCompleteness = (role: Role): Completeness => completeness(roleCoverage(role));
