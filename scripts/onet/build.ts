import { OnetImportError } from './errors.ts';
import { onetFiles, type OnetTable } from './files.ts';
import type { Row } from './read-table.ts';
import { cellsOf, type Cells } from './values.ts';

// The importer's output: what content/onet/ holds. Occupation descriptions, task statements and element
// descriptions are read by no one here, so they can never reach the project.

export interface RatingValue {
  value: number;
  n?: number;
  suppress?: boolean;
  notRelevant?: boolean;
  date: string;
  domainSource: string;
}
export interface Rating {
  elementId: string;
  importance?: RatingValue;
  level?: RatingValue;
}
export interface DistributionValue {
  category: number;
  percent: number;
  n?: number;
  suppress?: boolean;
  date: string;
  domainSource: string;
}
export interface Occupation {
  code: string;
  title: string;
  jobZone?: { zone: number; date: string; domainSource: string };
  alternateTitles: { title: string; shortTitle?: string }[];
  technologies: {
    example: string;
    commodityCode: number;
    commodityTitle: string;
    hot: boolean;
    inDemand: boolean;
  }[];
  relatedOccupations: { code: string; tier: string; index: number }[];
  education: Partial<Record<(typeof distributionScales)[number], DistributionValue[]>>;
  skills: Rating[];
  knowledge: Rating[];
}

/** The four distributions the site uses: education, related experience, on-site and on-the-job training. */
export const distributionScales = ['RL', 'RW', 'PT', 'OJ'] as const;
const ratingScales = { IM: 'importance', LV: 'level' } as const;

export type Tables = Record<OnetTable, Row[]>;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const cells = (tables: Tables, table: OnetTable) => cellsOf(onetFiles[table].file, tables[table]);

function ratings(rows: Cells[]): Rating[] {
  const byElement = groupBy(rows, (c) => c.text('Element ID'));
  return [...byElement.entries()]
    .sort(([a], [b]) => byText(a, b))
    .map(([elementId, values]) => {
      const rating: Rating = { elementId };
      for (const c of values) {
        const scale = ratingScales[c.text('Scale ID') as keyof typeof ratingScales];
        if (!scale) continue;
        rating[scale] = {
          value: c.number('Data Value'),
          n: c.optionalNumber('N'),
          suppress: c.flag('Recommend Suppress'),
          notRelevant: c.flag('Not Relevant'),
          date: c.month('Date'),
          domainSource: c.text('Domain Source'),
        };
      }
      return rating;
    });
}

function distributions(rows: Cells[]): Occupation['education'] {
  const result: Occupation['education'] = {};
  for (const scale of distributionScales) {
    const values = rows
      .filter((c) => c.text('Scale ID') === scale)
      .map((c) => ({
        category: c.number('Category'),
        percent: c.number('Data Value'),
        n: c.optionalNumber('N'),
        suppress: c.flag('Recommend Suppress'),
        date: c.month('Date'),
        domainSource: c.text('Domain Source'),
      }))
      .sort((a, b) => a.category - b.category);
    if (values.length > 0) result[scale] = values;
  }
  return result;
}

/** One record per occupation in `Occupation Data`, each list in a stable order so re-imports diff cleanly. */
export function buildOccupations(tables: Tables): Occupation[] {
  const of = (table: OnetTable) => groupBy(cells(tables, table), (c) => c.text('O*NET-SOC Code'));
  const [titles, technologies, zones, education, skills, knowledge] = (
    ['alternateTitles', 'technologies', 'jobZones', 'education', 'skills', 'knowledge'] as const
  ).map(of);
  const related = of('related');
  return cells(tables, 'occupations')
    .map((c) => {
      const code = c.text('O*NET-SOC Code');
      if (!/^\d{2}-\d{4}\.\d{2}$/.test(code))
        throw new OnetImportError(
          `import:onet: "${c.file}" line ${c.line}: "${code}" is not an O*NET-SOC code like 15-1252.00 — the file is damaged; take it again from the release`,
        );
      const zone = zones!.get(code)?.[0];
      return {
        code,
        title: c.text('Title'),
        jobZone: zone && {
          zone: zone.number('Job Zone'),
          date: zone.month('Date'),
          domainSource: zone.text('Domain Source'),
        },
        alternateTitles: (titles!.get(code) ?? [])
          .map((t) => ({ title: t.text('Alternate Title'), shortTitle: t.optionalText('Short Title') }))
          .sort((a, b) => byText(a.title, b.title)),
        technologies: (technologies!.get(code) ?? [])
          .map((t) => ({
            example: t.text('Example'),
            commodityCode: t.number('Commodity Code'),
            commodityTitle: t.text('Commodity Title'),
            hot: t.flag('Hot Technology') === true,
            inDemand: t.flag('In Demand') === true,
          }))
          .sort((a, b) => byText(a.example, b.example) || a.commodityCode - b.commodityCode),
        relatedOccupations: (related.get(code) ?? [])
          .map((r) => ({
            code: r.text('Related O*NET-SOC Code'),
            tier: r.text('Relatedness Tier'),
            index: r.number('Index'),
          }))
          .sort((a, b) => a.index - b.index),
        education: distributions(education!.get(code) ?? []),
        skills: ratings(skills!.get(code) ?? []),
        knowledge: ratings(knowledge!.get(code) ?? []),
      };
    })
    .sort((a, b) => byText(a.code, b.code));
}

/** The reference tables: names and labels only (element descriptions are O*NET's sentences). */
export function buildReference(tables: Tables) {
  const used = new Set([...cells(tables, 'skills'), ...cells(tables, 'knowledge')].map((c) => c.text('Element ID')));
  const elements = cells(tables, 'contentModel')
    .filter((c) => used.has(c.text('Element ID')))
    .map((c) => ({
      id: c.text('Element ID'),
      name: c.text('Element Name'),
      domain: c.text('Element ID').startsWith('2.C') ? ('knowledge' as const) : ('skills' as const),
    }))
    .sort((a, b) => byText(a.id, b.id));
  const usedScales = new Set<string>([...distributionScales, ...Object.keys(ratingScales)]);
  const scales = cells(tables, 'scales')
    .filter((c) => usedScales.has(c.text('Scale ID')))
    .map((c) => ({
      id: c.text('Scale ID'),
      name: c.text('Scale Name'),
      min: c.number('Minimum'),
      max: c.number('Maximum'),
    }))
    .sort((a, b) => byText(a.id, b.id));
  const jobZones = cells(tables, 'jobZoneReference')
    .map((c) => ({ zone: c.number('Job Zone'), name: c.text('Name') }))
    .sort((a, b) => a.zone - b.zone);
  const categories = cells(tables, 'educationCategories')
    .filter((c) => (distributionScales as readonly string[]).includes(c.text('Scale ID')))
    .map((c) => ({
      scale: c.text('Scale ID'),
      elementId: c.text('Element ID'),
      category: c.number('Category'),
      // The label only: some descriptions go on with an explanatory sentence after " - ", which stays out.
      label: c.text('Category Description').split(' - ')[0]!.trim(),
    }))
    .sort((a, b) => byText(a.scale, b.scale) || a.category - b.category);
  return { elements, scales, jobZones, categories };
}
