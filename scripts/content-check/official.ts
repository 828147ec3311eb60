import { completeness, type Completeness, type CompletenessInput } from '../../src/lib/completeness.ts';
import {
  officialEntry,
  officialFigures,
  occupationsWithCode,
  type EditionEntry,
  type OccupationMapping,
  type OfficialFigures,
} from '../../src/lib/official-figures.ts';
import type { ParsedContent } from './schema-rules.ts';

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

/** Each role's completeness (src/lib/completeness.ts), from its validated data and official figures. */
export function completenessByRole(parsed: ParsedContent[]): Map<string, Completeness> {
  const editions = editionsOf(parsed);
  const official = officialFiguresByRole(parsed);
  const byRole = new Map<string, Completeness>();
  for (const { file, data } of parsed) {
    if (file.collection !== 'roles' || !data) continue;
    const role = data as unknown as Omit<CompletenessInput, 'salaryCount' | 'outlookCount' | 'officialEntryCount'> & {
      salaries: unknown[];
      outlook: unknown[];
      occupationCodes: OccupationMapping[];
    };
    const derived = official.get(file.id)!;
    byRole.set(
      file.id,
      completeness({
        ...role,
        salaryCount: derived.salaries.filter((f) => !f.context).length + role.salaries.length,
        outlookCount: derived.outlook.length + role.outlook.length,
        officialEntryCount: officialEntry(role.occupationCodes, editions).length,
      }),
    );
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
