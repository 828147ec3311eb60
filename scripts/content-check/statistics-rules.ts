import { isOlderFigure } from '../../src/lib/figures/figure-age.ts';
import { occupationsWithCode, wagePeriodLabel } from '../../src/lib/figures/official-figures.ts';
import type { EditionEntry, OccupationMapping } from '../../src/lib/model/figure-types.ts';
import { classifications } from '../../src/schemas/classification.ts';
import { editionsOf } from './official.ts';
import type { Problem } from './problems.ts';
import { closest, type ParsedContent } from './schema-rules.ts';

type Path = (string | number)[];

const fieldName = (path: Path) =>
  path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key),
    '',
  ) || '(file)';

/**
 * Official statistics are written once: one file per edition, one set of figures per code and period,
 * never typed into a role. Roles reach them through codes that some edition must give figures for.
 */
export function checkStatistics(parsed: ParsedContent[], options: { now: Date; maxFigureAgeYears: number }): Problem[] {
  const problems: Problem[] = [];
  const problem = (
    entry: ParsedContent,
    path: Path,
    message: string,
    fix: string,
    severity: Problem['severity'] = 'error',
  ) =>
    problems.push({
      file: entry.file.path,
      line: entry.file.lineOf(path),
      field: fieldName(path),
      message,
      fix,
      severity,
    });

  const editions = editionsOf(parsed);
  const statistics = parsed.filter((p) => p.file.collection === 'statistics' && p.data);
  const pathOf = (id: string) => statistics.find((p) => p.file.id === id)!.file.path;
  const sourceFiles = new Map(
    parsed.filter((p) => p.file.collection === 'sources').map((p) => [p.file.id, p.file.path]),
  );

  // One file per edition, and one place per official value (classification, codes, period, statistic).
  const editionOwner = new Map<string, string>();
  const valueOwner = new Map<string, string>();
  for (const entry of statistics) {
    const edition = editionsOf([entry])[0]!;
    const { data } = edition;
    const clash = sourceFiles.get(entry.file.id);
    if (clash)
      problem(entry, [], `has the same id as ${clash}`, 'rename one of the two files: citations name sources by id');
    const key = `${data.publisher}|${data.dataset}|${data.edition}`;
    const first = editionOwner.get(key);
    if (first)
      problem(entry, ['edition'], `is the same edition as ${first}`, 'keep one file per edition: merge the two');
    else editionOwner.set(key, entry.file.path);

    data.occupations.forEach((occupation, index) => {
      const wages = wagePeriodLabel(data.wages);
      const period = data.projections && `${data.projections.from}–${data.projections.to}`;
      const group = [...occupation.codes].sort().join('+');
      const values: [string, string, Path][] = [];
      const add = (what: string, describe: string, path: Path) => values.push([what, describe, path]);
      if (occupation.pay?.medianAnnual !== undefined)
        add(`${group}|${wages}|median-annual`, `the median annual pay for ${wages}`, ['pay', 'medianAnnual']);
      if (occupation.pay?.medianHourly !== undefined)
        add(`${group}|${wages}|median-hourly`, `the median hourly pay for ${wages}`, ['pay', 'medianHourly']);
      occupation.pay?.occupations.forEach((sub, s) =>
        add(`${sub.code}|${wages}|median-annual`, `the median annual pay of ${sub.code} for ${wages}`, [
          'pay',
          'occupations',
          s,
        ]),
      );
      for (const [field, label] of [
        ['growthPercent', 'projected growth'],
        ['change', 'projected change'],
        ['openingsPerYear', 'projected openings'],
      ] as const) {
        if (occupation.projections?.[field] !== undefined && period)
          add(`${group}|${period}|${field}`, `the ${label} for ${period}`, ['projections', field]);
      }
      if (occupation.jobs)
        add(`${group}|${occupation.jobs.year}|jobs`, `the number of jobs in ${occupation.jobs.year}`, ['jobs']);
      for (const [what, describe, path] of values) {
        const valueKey = `${data.classification}|${what}`;
        const owner = valueOwner.get(valueKey);
        if (owner && owner !== entry.file.path) {
          problem(
            entry,
            ['occupations', index, ...path],
            `gives ${describe} (${occupation.codes.join(', ')}) that ${owner} already gives`,
            'an official figure is written once: keep it in one file and delete it here',
          );
        } else valueOwner.set(valueKey, entry.file.path);
      }
    });
  }

  // The codes written in statistics files that failed their schema (undefined: not even readable YAML).
  const unreadable = parsed
    .filter((p) => p.file.collection === 'statistics' && !p.data)
    .map(({ file }) => {
      const raw = file.data as { occupations?: { codes?: unknown[] }[] } | undefined;
      if (!raw || !Array.isArray(raw.occupations)) return undefined;
      return raw.occupations.flatMap((o) => (Array.isArray(o?.codes) ? o.codes.map(String) : []));
    });

  // A code a role names must have figures somewhere, and a role never retypes an official figure.
  const known = (system: string) =>
    editions.filter((e) => e.data.classification === system).flatMap((e) => e.data.occupations.flatMap((o) => o.codes));
  for (const entry of parsed) {
    const { file, data } = entry;
    if (file.collection !== 'roles' || !data) continue;
    (data.occupationCodes as OccupationMapping[]).forEach((mapping, index) => {
      if (occupationsWithCode(editions, mapping.system, mapping.code).length > 0) return;
      if ('figuresNotAdded' in mapping && mapping.figuresNotAdded) return; // a warning (figures-not-added-rule.ts)
      // A statistics file that failed its schema may be the one with the code: its own problems come first.
      if (unreadable.some((written) => written === undefined || written.includes(mapping.code))) return;
      const codes = [...new Set(known(mapping.system))].sort();
      const guess = closest(mapping.code, codes);
      problem(
        entry,
        ['occupationCodes', index, 'code'],
        `no file in content/statistics/ gives figures for ${classifications[mapping.system].shortName} ${mapping.code}`,
        guess
          ? `did you mean ${guess}? Otherwise add the occupation's figures to an edition in content/statistics/`
          : `add the occupation's figures to an edition in content/statistics/, or remove the code (codes with figures: ${codes.join(', ') || 'none yet'})`,
      );
    });
    const nearest = data.nearestOccupation as Omit<OccupationMapping, 'relation'> | undefined;
    if (
      nearest &&
      occupationsWithCode(editions, nearest.system, nearest.code).length === 0 &&
      !unreadable.some((written) => written === undefined || written.includes(nearest.code))
    ) {
      problem(
        entry,
        ['nearestOccupation', 'code'],
        `no file in content/statistics/ gives figures for ${classifications[nearest.system].shortName} ${nearest.code}`,
        'name an occupation the site holds figures for, so readers have somewhere to go',
      );
    }
    for (const key of ['salaries', 'outlook'] as const) {
      (data[key] as { source: { id: string } }[]).forEach((figure, index) => {
        if (editions.some((e) => e.id === figure.source.id))
          problem(
            entry,
            [key, index, 'source'],
            `cites the statistics edition "${figure.source.id}", whose figures are written once in ${pathOf(figure.source.id)}`,
            'delete this figure and list the occupation in occupationCodes: the role then shows every figure of that edition',
          );
      });
    }
  }

  // Official figures age too: one warning per occupation whose newest edition is past the age limit.
  const newest = new Map<string, { edition: EditionEntry; index: number; year: number }>();
  for (const edition of editions) {
    edition.data.occupations.forEach((occupation, index) => {
      for (const code of occupation.codes) {
        const key = `${edition.data.classification}|${code}`;
        const year = edition.data.wages.year;
        const current = newest.get(key);
        if (!current || current.year < year) newest.set(key, { edition, index, year });
      }
    });
  }
  const warned = new Set<string>();
  for (const { edition, index, year } of newest.values()) {
    const key = `${edition.id}|${index}`;
    if (warned.has(key) || !isOlderFigure({ year }, options.now, options.maxFigureAgeYears)) continue;
    warned.add(key);
    const entry = statistics.find((p) => p.file.id === edition.id)!;
    const occupation = edition.data.occupations[index]!;
    problem(
      entry,
      ['occupations', index],
      `"${occupation.id}" is the newest edition the site has for ${occupation.codes.join(', ')}, and it refers to ${year}, more than ${options.maxFigureAgeYears} years ago; readers see its figures marked "older figure"`,
      'look for a newer edition of the publication and add it as a new file in content/statistics/',
      'warning',
    );
  }
  return problems;
}
