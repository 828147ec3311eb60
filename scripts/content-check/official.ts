import { completeness, type Completeness } from '../../src/lib/profile/completeness.ts';
import { codesWithoutFigures, roleOfficial, type RoleOfficial } from '../../src/lib/figures/role-official.ts';
import type { EditionEntry } from '../../src/lib/model/figure-types.ts';
import { coverageOf } from '../../src/lib/profile/role-sections.ts';
import { entriesOf, validOf, type ParsedContent } from './parsed.ts';
import { skillKindsOf } from './skill-kinds.ts';

/** The editions in content/statistics/ that passed their schema, as the site reads them. */
export function editionsOf(parsed: readonly ParsedContent[]): EditionEntry[] {
  return validOf(parsed, 'statistics').map(({ file, data }) => ({ id: file.id, data }));
}

/**
 * Each valid role's official figures and entry requirements, resolved by the same function the site uses,
 * so figure ids in MDX and FAQ tokens are checked against exactly what the page will show.
 */
export function officialByRole(parsed: readonly ParsedContent[]): Map<string, RoleOfficial> {
  const editions = editionsOf(parsed);
  return new Map(
    validOf(parsed, 'roles').map(({ file, data }) => [file.id, roleOfficial(data.occupationCodes, editions)]),
  );
}

/**
 * Each role's completeness (src/lib/completeness.ts) from its own data and official figures alone: what its
 * sources cover (progression steps and guides link to it, but are not sources about it).
 */
export function completenessByRole(
  parsed: readonly ParsedContent[],
  official = officialByRole(parsed),
): Map<string, Completeness> {
  const skillKind = skillKindsOf(parsed);
  return new Map(
    validOf(parsed, 'roles').map(({ file, data }) => [
      file.id,
      completeness(coverageOf(data, { progression: 0, guides: 0, official: official.get(file.id)?.counts, skillKind })),
    ]),
  );
}

/**
 * Whether an id naming no figure of a role may be an official figure the role cannot get because of a
 * problem reported elsewhere: a statistics file that failed its schema, or an occupation code of the role
 * that no edition counts. Such ids are not reported a second time; fixing the first problem settles them.
 */
export function missingOfficialFigure(parsed: readonly ParsedContent[]): (roleId: string, figureId: string) => boolean {
  const editions = editionsOf(parsed);
  const unreadable = entriesOf(parsed, 'statistics')
    .filter((p) => !p.data)
    .map((p) => `${p.file.id}-`);
  const every = [...unreadable, ...editions.map((e) => `${e.id}-`)];
  const unmapped = new Set(
    validOf(parsed, 'roles')
      .filter(({ data }) => codesWithoutFigures({ occupationCodes: data.occupationCodes }, editions).length > 0)
      .map(({ file }) => file.id),
  );
  return (roleId, figureId) =>
    unreadable.some((prefix) => figureId.startsWith(prefix)) ||
    (unmapped.has(roleId) && every.some((prefix) => figureId.startsWith(prefix)));
}
