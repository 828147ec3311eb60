import { isOlderFigure } from '../../src/lib/figures/figure-age.ts';
import type { ParsedContent } from './schema-rules.ts';
import type { Problem } from './problems.ts';

interface Figure {
  id: string;
  year?: number | 'undated';
  from?: number | 'undated';
  source: { id: string };
  via?: { id: string };
  supersededBy?: string;
}

/**
 * Rules across files: duplicates, figures citing sources the role lists, ageing figures (the same
 * rule as the "older figure" mark on the page, src/lib/figure-age.ts).
 */
export function checkAcrossFiles(
  parsed: ParsedContent[],
  options: { now: Date; maxFigureAgeYears: number },
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const unique = (entry: ParsedContent, field: string, value: unknown, what: string) => {
    if (typeof value !== 'string') return;
    const key = `${what}:${value.trim().toLowerCase()}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: entry.file.path,
        line: entry.file.lineOf([field]),
        field,
        message: `the same ${what} as ${first}`,
        fix: `make it unique: search engines and readers tell pages apart by their ${what}`,
        severity: 'error',
      });
    } else seen.set(key, entry.file.path);
  };

  // A source with no file is already reported as not existing; telling the editor to list it would mislead.
  const sourceFiles = new Set(parsed.filter((p) => p.file.collection === 'sources').map((p) => p.file.id));

  for (const entry of parsed) {
    const { file, data } = entry;
    if (!data || (file.collection !== 'roles' && file.collection !== 'guides')) continue;
    unique(entry, 'title', data.title, 'title');
    unique(
      entry,
      file.collection === 'roles' ? 'summary' : 'description',
      data.summary ?? data.description,
      'description',
    );
    if (file.collection !== 'roles') continue;

    const listed = new Set((data.sources as { id: string }[]).map((s) => s.id));
    for (const key of ['salaries', 'outlook'] as const) {
      (data[key] as Figure[]).forEach((figure, index) => {
        for (const ref of [figure.source, figure.via]) {
          if (ref && sourceFiles.has(ref.id) && !listed.has(ref.id)) {
            problems.push({
              file: file.path,
              line: file.lineOf([key, index, ref === figure.source ? 'source' : 'via']),
              field: `${key}[${index}].${ref === figure.source ? 'source' : 'via'}`,
              message: `"${ref.id}" is not in this role's "sources" list`,
              fix: `add ${ref.id} to sources so readers find it in the Sources section`,
              severity: 'error',
            });
          }
        }
        const year = figure.year ?? figure.from ?? 'undated';
        if (isOlderFigure({ year, supersededBy: figure.supersededBy }, options.now, options.maxFigureAgeYears)) {
          problems.push({
            file: file.path,
            line: file.lineOf([key, index]),
            field: `${key}[${index}]`,
            message: `"${figure.id}" refers to ${year}, more than ${options.maxFigureAgeYears} years ago; readers see it marked "older figure"`,
            fix: 'look for a newer edition of the source and add it, pointing this one at it with supersededBy',
            severity: 'warning',
          });
        }
      });
    }
  }
  return problems;
}
