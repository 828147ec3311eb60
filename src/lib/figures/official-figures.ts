import { classifications, type ClassificationId } from '../../schemas/classification.ts';
import type {
  EditionEntry,
  EditionOccupation,
  OccupationMapping,
  OfficialProvenance,
  Percentiles,
  Relation,
  StatisticsEdition,
} from '../model/figure-types.ts';
import type { SourceEntry } from '../model/entries.ts';

/**
 * Official statistics are written once, in content/statistics/ (one file per edition), and reach a role
 * through its occupation codes. This module turns the editions and one role's codes into the role's
 * official pay and outlook figures: with ids, the scope each really counts, and which newer edition
 * supersedes which. It is pure so that the site (src/lib/content/site-data.ts) and the content check
 * (scripts/content-check/) derive exactly the same figures.
 */

type Ref = { id: string };

interface FigureBase {
  id: string;
  region: string;
  scope: string;
  note?: string | undefined;
  source: Ref;
  via?: Ref | undefined;
  supersededBy?: string | undefined;
  official: OfficialProvenance;
}

export interface OfficialSalary extends FigureBase {
  currency: string;
  period: 'year' | 'hour';
  level: 'all';
  statistic: 'median';
  amount: number;
  year: number;
  asOf?: string | undefined;
  percentiles?: Percentiles | undefined;
  /** Shown for context only (another occupation in a combined profile): not this role's pay. */
  context?: true | undefined;
}

export interface OfficialOutlook extends FigureBase {
  metric: 'employment-growth' | 'employment-change' | 'annual-openings' | 'jobs';
  value: number;
  from: number;
  to?: number | undefined;
  label?: string | undefined;
}

export interface OfficialFigures {
  salaries: OfficialSalary[];
  outlook: OfficialOutlook[];
}

const codeList = (system: ClassificationId, codes: string[]) =>
  `${classifications[system].shortName.replace(/ \d{4}$/, '')} ${codes.join(', ')}`;

/** "Software developers, quality assurance analysts, and testers (SOC 15-1252, 15-1253)" */
function occupationScope(system: ClassificationId, title: string, codes: string[]): string {
  return `${title} (${codeList(system, codes)})`;
}

/** "May 2023", or "2023" when the publication names no month. */
export function wagePeriodLabel(wages: StatisticsEdition['wages']): string {
  return wages.month ? `${wages.month} ${wages.year}` : String(wages.year);
}

const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ') || undefined;

/** How the role relates to what a figure counts, in a few words after its scope. */
const relationClause: Record<Relation, string> = {
  is: '',
  'counted-under': '; the role is counted under this occupation',
  'part-of': '; the role is one of the jobs in this occupation',
};

/** The occupations of every edition that count `code`, newest edition first. */
export function occupationsWithCode(editions: EditionEntry[], system: ClassificationId, code: string) {
  return newestFirst(editions)
    .filter((edition) => edition.data.classification === system)
    .flatMap((edition) =>
      edition.data.occupations.filter((o) => o.codes.includes(code)).map((occupation) => ({ edition, occupation })),
    );
}

function newestFirst(editions: EditionEntry[]): EditionEntry[] {
  const reference = (e: EditionEntry) => e.data.wages.year * 100 + (e.data.projections?.from ?? 0) / 100;
  return [...editions].sort((a, b) => reference(b) - reference(a) || a.id.localeCompare(b.id));
}

/** Every official figure a role gets through its codes, the older editions marked superseded by the newest. */
export function officialFigures(mappings: OccupationMapping[], editions: EditionEntry[]): OfficialFigures {
  const found = new FigureCollection();
  for (const mapping of mappings) {
    for (const { edition, occupation } of occupationsWithCode(editions, mapping.system, mapping.code)) {
      const match: Match = { mapping, mappings, edition, occupation, noteShown: false };
      addPay(match, found);
      addOutlook(match, found);
    }
  }
  return found.withSuperseded();
}

/** One occupation of one edition, found through one of the role's codes. */
interface Match {
  mapping: OccupationMapping;
  /** All the role's codes: a narrower occupation the role names is its own pay, not context. */
  mappings: OccupationMapping[];
  edition: EditionEntry;
  occupation: EditionOccupation;
  /** Whether a figure of this match already carries the occupation's note. */
  noteShown: boolean;
}

/**
 * The occupation's note, for the first figure of the match only: it is about the occupation entry (how it was read,
 * an older code, what the publication says about entry), so it is shown once, not on every pay and outlook row.
 */
function occupationNote(match: Match): string | undefined {
  if (match.noteShown || !match.occupation.note) return undefined;
  match.noteShown = true;
  return match.occupation.note;
}

/**
 * The figures found so far, each once by id, and the series they belong to: figures that count the
 * same thing (codes and statistic) in different editions, of which the newest is current.
 */
class FigureCollection {
  private readonly salaries = new Map<string, OfficialSalary>();
  private readonly outlook = new Map<string, OfficialOutlook>();
  private readonly series = new Map<string, (OfficialSalary | OfficialOutlook)[]>();

  addSalary(figure: OfficialSalary, seriesKey: string): void {
    if (this.salaries.has(figure.id)) return;
    this.salaries.set(figure.id, figure);
    this.addToSeries(seriesKey, figure);
  }

  addOutlook(figure: OfficialOutlook, seriesKey: string): void {
    if (this.outlook.has(figure.id)) return;
    this.outlook.set(figure.id, figure);
    this.addToSeries(seriesKey, figure);
  }

  private addToSeries(key: string, figure: OfficialSalary | OfficialOutlook): void {
    const list = this.series.get(key) ?? [];
    list.push(figure);
    this.series.set(key, list);
  }

  /** Every figure, the older ones of each series marked superseded by its newest. */
  withSuperseded(): OfficialFigures {
    for (const figures of this.series.values()) {
      const reference = (f: OfficialSalary | OfficialOutlook) => ('year' in f ? f.year : f.from);
      const [current, ...older] = [...figures].sort((a, b) => reference(b) - reference(a));
      for (const figure of older) figure.supersededBy = current!.id;
    }
    return { salaries: [...this.salaries.values()], outlook: [...this.outlook.values()] };
  }
}

const codesKey = (system: ClassificationId, codes: string[]) => `${system}|${[...codes].sort().join('+')}`;
const figureId = ({ edition, occupation }: Match, statistic: string) => `${edition.id}-${occupation.id}-${statistic}`;
const groupScope = ({ edition, occupation, mapping }: Match) =>
  occupationScope(edition.data.classification, occupation.title, occupation.codes) + relationClause[mapping.relation];

/** What every official figure carries: its region, its source and where exactly it is read. */
function provenance({ edition, occupation, mapping }: Match, statistic: string, codes: string[], title: string) {
  const { data } = edition;
  return {
    region: data.region,
    source: { id: edition.id },
    via: occupation.quotedBy[0],
    official: {
      edition: edition.id,
      editionLabel: data.edition,
      dataset: data.dataset,
      occupation: occupation.id,
      occupationTitle: title,
      classification: data.classification,
      codes,
      url: occupation.url,
      relation: mapping.relation,
      statistic,
    },
  };
}

type SalaryFields = Pick<OfficialSalary, 'period' | 'amount' | 'scope' | 'note' | 'percentiles' | 'context'>;

/** The occupation's median pay (annual and hourly) and the medians of the narrower occupations it combines. */
function addPay(match: Match, found: FigureCollection): void {
  const { edition, occupation, mapping, mappings } = match;
  const { data } = edition;
  const system = data.classification;
  const salary = (idSuffix: string, statistic: string, fields: SalaryFields, codes: string[], title: string) =>
    found.addSalary(
      {
        id: figureId(match, idSuffix),
        currency: data.currency,
        level: 'all',
        statistic: 'median',
        year: data.wages.year,
        asOf: data.wages.month ? wagePeriodLabel(data.wages) : undefined,
        ...fields,
        ...provenance(match, statistic, codes, title),
      },
      `${codesKey(system, codes)}|${fields.period}`,
    );
  const pay = occupation.pay;
  const scope = groupScope(match);
  if (pay?.medianAnnual !== undefined) {
    const fields = {
      period: 'year',
      amount: pay.medianAnnual,
      scope,
      note: occupationNote(match),
      percentiles: pay.percentiles,
    } as const;
    salary('median', 'median-annual', fields, occupation.codes, occupation.title);
  }
  if (pay?.medianHourly !== undefined) {
    const note = join('The hourly form of the median.', occupationNote(match));
    salary(
      'median-hourly',
      'median-hourly',
      { period: 'hour', amount: pay.medianHourly, scope, note },
      occupation.codes,
      occupation.title,
    );
  }
  for (const sub of pay?.occupations ?? []) {
    const own = mappings.some((m) => m.system === system && m.code === sub.code);
    const fields: SalaryFields = {
      period: 'year',
      amount: sub.medianAnnual,
      scope: occupationScope(system, sub.title, [sub.code]) + (own ? relationClause[mapping.relation] : ''),
      note: own
        ? `This occupation alone, without the rest of the combined profile.`
        : `Not pay for this role: shown because this occupation is part of the combined figure for ${occupation.title.toLowerCase()}.`,
      context: own ? undefined : true,
    };
    salary(`median-${sub.code}`, `median-annual:${sub.code}`, fields, [sub.code], sub.title);
  }
}

type OutlookFields = Pick<OfficialOutlook, 'metric' | 'value' | 'from' | 'to' | 'label'>;

/** The occupation's projections (growth, change, openings) over the edition's period, and its number of jobs. */
function addOutlook(match: Match, found: FigureCollection): void {
  const { edition, occupation } = match;
  const add = (statistic: string, fields: OutlookFields) =>
    found.addOutlook(
      {
        id: figureId(match, statistic),
        scope: groupScope(match),
        note: occupationNote(match),
        ...fields,
        ...provenance(match, statistic, occupation.codes, occupation.title),
      },
      `${codesKey(edition.data.classification, occupation.codes)}|${statistic}`,
    );
  const projections = occupation.projections;
  const period = edition.data.projections;
  if (projections && period) {
    const { from, to } = period;
    if (projections.growthPercent !== undefined)
      add('growth', {
        metric: 'employment-growth',
        value: projections.growthPercent,
        from,
        to,
        label: projections.pace,
      });
    if (projections.change !== undefined)
      add('change', { metric: 'employment-change', value: projections.change, from, to });
    if (projections.openingsPerYear !== undefined)
      add('openings', { metric: 'annual-openings', value: projections.openingsPerYear, from, to });
  }
  if (occupation.jobs) add('jobs', { metric: 'jobs', value: occupation.jobs.count, from: occupation.jobs.year });
}

/** The newest edition's entry requirements for each mapped occupation: what the publication says it takes. */
export function officialEntry(mappings: OccupationMapping[], editions: EditionEntry[]) {
  return mappings.flatMap((mapping) => {
    const found = occupationsWithCode(editions, mapping.system, mapping.code).find(
      ({ occupation }) => occupation.entry,
    );
    if (!found?.occupation.entry) return [];
    const { edition, occupation } = found;
    return [
      {
        ...occupation.entry,
        source: { id: edition.id },
        occupationTitle: occupation.title,
        url: occupation.url,
        relation: mapping.relation,
        note: mapping.note,
      },
    ];
  });
}

/** The official title and page of a code: from the newest edition that names it. */
export function describeCode(mapping: OccupationMapping, editions: EditionEntry[]) {
  const found = occupationsWithCode(editions, mapping.system, mapping.code)[0];
  if (!found) return undefined;
  const sub = found.occupation.pay?.occupations.find((o) => o.code === mapping.code);
  return {
    title: sub?.title ?? found.occupation.title,
    profileTitle: found.occupation.title,
    url: found.occupation.url,
    edition: found.edition.id,
  };
}

/**
 * The source an official figure cites: its edition, pointed at the occupation page the figure is read
 * from and titled with that occupation, so a reader lands on the page that gives the number.
 */
export function officialCitation(
  edition: SourceEntry | undefined,
  url: string,
  title: string,
): SourceEntry | undefined {
  return edition && { id: edition.id, data: { ...edition.data, url, title: `${edition.data.title}: ${title}` } };
}
