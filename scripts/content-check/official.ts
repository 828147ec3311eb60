import { completeness, type Completeness } from '../../src/lib/profile/completeness.ts';
import { coverageOf, type RoleFields } from '../../src/lib/profile/role-sections.ts';
import {
  officialEntry,
  officialFigures,
  occupationsWithCode,
  type OfficialFigures,
} from '../../src/lib/figures/official-figures.ts';
import type { EditionEntry, OccupationMapping } from '../../src/lib/model/figure-types.ts';
import type { ParsedContent } from './schema-rules.ts';
import { skillKindsOf } from './skill-kinds.ts';

/** The editions in content/statistics/ that passed their schema, as the site reads them. */
export function editionsOf(parsed: ParsedContent[]): EditionEntry[] {
  return parsed.flatMap(({ file, data }) =>
    file.collection === 'statistics' && data ? [{ id: file.id, data: data as unknown as EditionEntry['data'] }] : [],
  );
}

/**
 * Each role's official figures, derived by the same function the site uses, so figure ids in MDX and
 * FAQ tokens are checked against exactly what the page will show.
 */
export function officialFiguresByRole(parsed: ParsedContent[]): Map<string, OfficialFigures> {
  const editions = editionsOf(parsed);
  const byRole = new Map<string, OfficialFigures>();
  for (const { file, data } of parsed) {
    if (file.collection !== 'roles' || !data) continue;
    byRole.set(file.id, officialFigures(data.occupationCodes as OccupationMapping[], editions));
  }
  return byRole;
}

/** What a role's official statistics add to its page: figures (context-only ones aside) and entry requirements. */
export function officialCounts(
  figures: OfficialFigures,
  entry: number,
): { salaries: number; outlook: number; entry: number } {
  return { salaries: figures.salaries.filter((f) => !f.context).length, outlook: figures.outlook.length, entry };
}

/** Each role's completeness (src/lib/completeness.ts), from its validated data and official figures. */
export function completenessByRole(parsed: ParsedContent[]): Map<string, Completeness> {
  const editions = editionsOf(parsed);
  const official = officialFiguresByRole(parsed);
  const byRole = new Map<string, Completeness>();
  const skillKind = skillKindsOf(parsed);
  for (const { file, data } of parsed) {
    if (file.collection !== 'roles' || !data) continue;
    const entry = officialEntry(data.occupationCodes as OccupationMapping[], editions).length;
    const coverage = coverageOf(data as RoleFields, {
      progression: 0,
      guides: 0,
      official: officialCounts(official.get(file.id)!, entry),
      skillKind,
    });
    byRole.set(file.id, completeness(coverage));
  }
  return byRole;
}

/**
 * Whether an id naming no figure of a role may be an official figure the role cannot get because of a
 * problem reported elsewhere: a statistics file that failed its schema, or an occupation code of the role
 * that no edition counts. Such ids are not reported a second time; fixing the first problem settles them.
 */
export function missingOfficialFigure(parsed: ParsedContent[]): (roleId: string, figureId: string) => boolean {
  const editions = editionsOf(parsed);
  const unreadable = parsed.filter((p) => p.file.collection === 'statistics' && !p.data).map((p) => `${p.file.id}-`);
  const every = [...unreadable, ...editions.map((e) => `${e.id}-`)];
  const unmapped = new Set(
    parsed
      .filter(({ file, data }) => file.collection === 'roles' && data)
      .filter(({ data }) =>
        (data!.occupationCodes as OccupationMapping[]).some(
          (m) => occupationsWithCode(editions, m.system, m.code).length === 0,
        ),
      )
      .map(({ file }) => file.id),
  );
  return (roleId, figureId) =>
    unreadable.some((prefix) => figureId.startsWith(prefix)) ||
    (unmapped.has(roleId) && every.some((prefix) => figureId.startsWith(prefix)));
}
