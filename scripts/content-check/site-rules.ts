import { isOlderFigure } from '../../src/lib/figures/figure-age.ts';
import type { ContentFile } from './load.ts';
import { entriesOf, validOf, type ParsedContent } from './parsed.ts';
import type { Problem } from './problems.ts';

/**
 * Rules across files: duplicates, figures citing sources the role lists, ageing figures (the same
 * rule as the "older figure" mark on the page, src/lib/figure-age.ts).
 */
export function checkAcrossFiles(
  parsed: readonly ParsedContent[],
  options: { now: Date; maxFigureAgeYears: number },
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const unique = (file: ContentFile, field: string, value: string, what: string) => {
    const key = `${what}:${value.trim().toLowerCase()}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: file.path,
        line: file.lineOf([field]),
        field,
        message: `the same ${what} as ${first}`,
        fix: `make it unique: search engines and readers tell pages apart by their ${what}`,
        severity: 'error',
      });
    } else seen.set(key, file.path);
  };

  // A source with no file is already reported as not existing; telling the editor to list it would mislead.
  const sourceFiles = new Set(entriesOf(parsed, 'sources').map((p) => p.file.id));

  // Roles and guides in file order, as before: the first of two pages keeps its title.
  const pages = [
    ...validOf(parsed, 'roles').map(({ file, data }) => ({
      file,
      title: data.title,
      description: data.summary,
      field: 'summary',
    })),
    ...validOf(parsed, 'guides').map(({ file, data }) => ({
      file,
      title: data.title,
      description: data.description,
      field: 'description',
    })),
  ];
  for (const { file, title, description, field } of pages) {
    unique(file, 'title', title, 'title');
    unique(file, field, description, 'description');
  }

  for (const { file, data } of validOf(parsed, 'roles')) {
    const listed = new Set(data.sources.map((s) => s.id));
    for (const key of ['salaries', 'outlook'] as const) {
      const figures: {
        id: string;
        source: { id: string };
        via?: { id: string } | undefined;
        supersededBy?: string | undefined;
        year: number | 'undated';
      }[] = key === 'salaries' ? data.salaries : data.outlook.map((f) => ({ ...f, year: f.from }));
      figures.forEach((figure, index) => {
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
        const year = figure.year;
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
