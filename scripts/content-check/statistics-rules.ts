import { isOlderFigure } from '../../src/lib/figures/figure-age.ts';
import { codesWithoutFigures } from '../../src/lib/figures/role-official.ts';
import { officialFigures, wagePeriodLabel } from '../../src/lib/figures/official-figures.ts';
import type { OccupationMapping } from '../../src/lib/model/figure-types.ts';
import { classifications } from '../../src/schemas/classification.ts';
import { editionsOf } from './official.ts';
import type { ContentFile } from './load.ts';
import { entriesOf, validOf, type ParsedContent } from './parsed.ts';
import type { Problem } from './problems.ts';
import { fieldOf, itemsOf } from './raw.ts';
import { closest } from './schema-rules.ts';

type Path = (string | number)[];

const fieldName = (path: Path) =>
  path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key),
    '',
  ) || '(file)';

type Report = (
  entry: { file: ContentFile },
  path: Path,
  message: string,
  fix: string,
  severity?: Problem['severity'],
) => void;

/**
 * Official statistics are written once: one file per edition, one set of figures per code and period,
 * never typed into a role. Roles reach them through codes that some edition must give figures for.
 */
export function checkStatistics(
  parsed: readonly ParsedContent[],
  options: { now: Date; maxFigureAgeYears: number },
): Problem[] {
  const problems: Problem[] = [];
  const problem: Report = (entry, path, message, fix, severity = 'error') =>
    problems.push({
      file: entry.file.path,
      line: entry.file.lineOf(path),
      field: fieldName(path),
      message,
      fix,
      severity,
    });
  checkWrittenOnce(parsed, problem);
  checkRoleCodes(parsed, problem);
  checkEditionAge(parsed, options, problem);
  return problems;
}

function checkWrittenOnce(parsed: readonly ParsedContent[], problem: Report): void {
  const statistics = validOf(parsed, 'statistics');
  const sourceFiles = new Map(entriesOf(parsed, 'sources').map((p) => [p.file.id, p.file.path]));
  // One file per edition, and one place per official value (classification, codes, period, statistic).
  const editionOwner = new Map<string, string>();
  const valueOwner = new Map<string, string>();
  for (const entry of statistics) {
    const { data } = entry;
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
}

function checkRoleCodes(parsed: readonly ParsedContent[], problem: Report): void {
  const editions = editionsOf(parsed);
  const pathOf = (id: string) => validOf(parsed, 'statistics').find((p) => p.file.id === id)!.file.path;
  // The codes written in statistics files that failed their schema (undefined: not even readable YAML).
  const unreadable = entriesOf(parsed, 'statistics')
    .filter((p) => !p.data)
    .map(({ file }) => {
      const occupations = fieldOf(file.data, 'occupations');
      if (!Array.isArray(occupations)) return undefined;
      return occupations.flatMap((o) => itemsOf(fieldOf(o, 'codes')).map(String));
    });

  // A code a role names must have figures somewhere, and a role never retypes an official figure.
  const known = (system: string) =>
    editions.filter((e) => e.data.classification === system).flatMap((e) => e.data.occupations.flatMap((o) => o.codes));
  for (const entry of validOf(parsed, 'roles')) {
    const { data } = entry;
    for (const { path, system, code } of codesWithoutFigures(data, editions)) {
      // A statistics file that failed its schema may be the one with the code: its own problems come first.
      if (unreadable.some((written) => written === undefined || written.includes(code))) continue;
      const nearest = path[0] === 'nearestOccupation';
      const codes = [...new Set(known(system))].sort();
      const guess = nearest ? undefined : closest(code, codes);
      problem(
        entry,
        path,
        `no file in content/statistics/ gives figures for ${classifications[system].shortName} ${code}`,
        nearest
          ? 'name an occupation the site holds figures for, so readers have somewhere to go'
          : guess
            ? `did you mean ${guess}? Otherwise add the occupation's figures to an edition in content/statistics/`
            : `add the occupation's figures to an edition in content/statistics/, or remove the code (codes with figures: ${codes.join(', ') || 'none yet'})`,
      );
    }
    for (const key of ['salaries', 'outlook'] as const) {
      data[key].forEach((figure, index) => {
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
}

function checkEditionAge(
  parsed: readonly ParsedContent[],
  options: { now: Date; maxFigureAgeYears: number },
  problem: Report,
): void {
  const editions = editionsOf(parsed);
  const statistics = validOf(parsed, 'statistics');
  // Official figures age too. The figures are derived as a role page derives them (every code of every
  // edition, the older editions superseded by the newest), so a statistic a newer edition does not give
  // (a projected change read in 2022 only) is warned about exactly when pages mark it "older figure".
  const mappings = [
    ...new Map(
      editions.flatMap((edition) =>
        edition.data.occupations.flatMap((occupation) =>
          occupation.codes.map((code): [string, OccupationMapping] => [
            `${edition.data.classification}|${code}`,
            { system: edition.data.classification, code, relation: 'is' },
          ]),
        ),
      ),
    ).values(),
  ];
  const { salaries, outlook } = officialFigures(mappings, editions);
  const older = new Map<string, { year: number; statistics: Set<string> }>();
  for (const figure of [...salaries, ...outlook]) {
    const year = 'from' in figure ? figure.from : figure.year;
    if (!figure.official) continue;
    if (!isOlderFigure({ year, supersededBy: figure.supersededBy }, options.now, options.maxFigureAgeYears)) continue;
    const key = `${figure.official.edition}|${figure.official.occupation}`;
    const entry = older.get(key) ?? { year, statistics: new Set<string>() };
    entry.statistics.add('metric' in figure ? figure.metric : 'pay');
    older.set(key, entry);
  }
  for (const [key, { year, statistics: kinds }] of older) {
    const [editionId, occupationId] = key.split('|') as [string, string];
    const owner = statistics.find((p) => p.file.id === editionId)!;
    const index = owner.data.occupations.findIndex((o) => o.id === occupationId);
    const occupation = owner.data.occupations[index]!;
    problem(
      owner,
      ['occupations', index],
      `"${occupation.id}" holds the newest ${[...kinds].join(', ')} figures the site has for ${occupation.codes.join(', ')}, and they refer to ${year}, more than ${options.maxFigureAgeYears} years ago; readers see them marked "older figure"`,
      'look for a newer edition of the publication and add it as a new file in content/statistics/ (or, if a newer edition here lacks these statistics, add them to it)',
      'warning',
    );
  }
}
