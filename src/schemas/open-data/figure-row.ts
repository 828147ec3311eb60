import { z } from 'astro/zod';
import { classificationIds } from '../classification.ts';
import { slugId } from '../common.ts';
import { outlookMetrics } from '../outlook.ts';
import { occupationRelations } from '../role.ts';
import { salaryLevels, salaryPeriods, salaryStatistics } from '../salary.ts';
import { currency, licenceSchema, region, reuseTerms, webAddress, year } from './common.ts';

// One row of /data/figures.csv and of the "figures" list in /data/figures.json: one figure as one role
// page shows it. Every value is a single text, number or true/false, so the same rows make the CSV,
// whose columns are these fields in this order; an empty cell is a field that is absent.

const salaryOnly = (text: string) => `${text} Pay figures only.`;
const outlookOnly = (text: string) => `${text} Outlook figures only.`;
const officialOnly = (text: string) => `${text} Official statistics only.`;
const onetOnly = (text: string) => `${text} O*NET figures only.`;

/** What an O*NET row measures. */
export const onetMeasures = [
  'skill-importance',
  'skill-level',
  'knowledge-importance',
  'knowledge-level',
  'education',
  'experience',
  'on-site-training',
  'on-the-job-training',
  'job-zone',
] as const;
const amount = z.number().positive();

export const figureRowSchema = z
  .strictObject({
    role: slugId.meta({ description: 'The id of the role whose page shows the figure.' }),
    roleTitle: z.string().meta({ description: "That role's title." }),
    page: webAddress.meta({ description: 'The role page whose salary or outlook table shows the figure.' }),
    figureUrl: webAddress.meta({ description: "The figure's row on that page (…#figure-<figure>)." }),
    kind: z.enum(['salary', 'outlook', 'onet']).meta({
      description: 'Which part of the page the figure is in: the salary table, the outlook table, or O*NET data.',
    }),
    figure: slugId.meta({
      description:
        "The figure's id. An official figure keeps its id on every page that shows it, so rows sharing it are the same number.",
    }),
    region,
    currency: currency.optional().meta({ description: salaryOnly('The ISO 4217 currency of the amounts.') }),
    period: z
      .enum(salaryPeriods)
      .optional()
      .meta({ description: salaryOnly('What the amounts are paid per.') }),
    level: z
      .enum(salaryLevels)
      .optional()
      .meta({ description: salaryOnly('The career stage, or "all".') }),
    statistic: z
      .enum(salaryStatistics)
      .optional()
      .meta({ description: salaryOnly('Median, average or range.') }),
    amount: amount.optional().meta({ description: salaryOnly('The median or average.') }),
    min: amount.optional().meta({ description: salaryOnly('The low end of a range.') }),
    max: amount.optional().meta({ description: salaryOnly('The high end of a range.') }),
    basis: z
      .enum(['gross', 'net'])
      .optional()
      .meta({ description: salaryOnly('Gross or net, when the source says.') }),
    year: year.optional().meta({ description: salaryOnly('The year the figure refers to, or "undated".') }),
    asOf: z
      .string()
      .optional()
      .meta({ description: salaryOnly('A more precise date the source gives ("May 2023").') }),
    p10: amount.optional().meta({ description: salaryOnly('The 10th percentile of annual pay, when given.') }),
    p25: amount.optional().meta({ description: salaryOnly('The 25th percentile, when given.') }),
    p75: amount.optional().meta({ description: salaryOnly('The 75th percentile, when given.') }),
    p90: amount.optional().meta({ description: salaryOnly('The 90th percentile, when given.') }),
    metric: z
      .enum(outlookMetrics)
      .optional()
      .meta({ description: outlookOnly('What is measured.') }),
    value: z.number().optional().meta({
      description:
        'Outlook: a percentage for employment-growth, a count otherwise. O*NET: the value on its scale (see onetMeasure), as O*NET gives it.',
    }),
    from: year
      .optional()
      .meta({ description: outlookOnly('First year of the projection period, or the year of a count.') }),
    to: z
      .int()
      .optional()
      .meta({ description: outlookOnly('Last year of the projection period.') }),
    label: z
      .string()
      .optional()
      .meta({ description: outlookOnly("The source's words for the pace.") }),
    scope: z.string().optional().meta({ description: 'What the figure really counts, when broader than the role.' }),
    note: z.string().optional().meta({ description: 'A caveat shown beside the figure.' }),
    context: z.boolean().meta({
      description:
        "True when shown for context only: another occupation of a combined official profile, not this role's pay.",
    }),
    older: z.boolean().meta({ description: 'True when the page marks the figure "older figure".' }),
    supersededBy: slugId.optional().meta({
      description: 'The id of the newer figure that replaces this one; empty when the figure is current.',
    }),
    source: slugId.meta({ description: 'The id of the source.' }),
    sourcePublisher: z.string().meta({ description: 'Who published the source.' }),
    sourceTitle: z
      .string()
      .meta({ description: "The source's title (for official figures, the edition and occupation page)." }),
    sourceUrl: webAddress.optional().meta({ description: 'Where the source can be read.' }),
    sourceReuse: z.enum(reuseTerms).meta({
      description: '"public-domain", or "cite-and-check-terms" when the publisher holds the copyright.',
    }),
    via: slugId
      .optional()
      .meta({ description: 'The id of the publication the site read the figure in, when not the original.' }),
    viaTitle: z.string().optional().meta({ description: 'Its title.' }),
    edition: slugId.optional().meta({ description: officialOnly('The id of the edition ("bls-ooh-2023").') }),
    editionLabel: z
      .string()
      .optional()
      .meta({ description: officialOnly("The publication's name for the edition.") }),
    dataset: z
      .string()
      .optional()
      .meta({ description: officialOnly('The publication.') }),
    occupation: slugId.optional().meta({ description: officialOnly("The occupation's id within the edition.") }),
    occupationTitle: z
      .string()
      .optional()
      .meta({ description: officialOnly('The official title of what is counted.') }),
    classification: z
      .enum(classificationIds)
      .optional()
      .meta({ description: officialOnly('The classification.') }),
    codes: z
      .string()
      .optional()
      .meta({
        description: officialOnly('The occupation codes the figure counts, separated by spaces ("15-1252 15-1253").'),
      }),
    relation: z
      .enum(occupationRelations)
      .optional()
      .meta({
        description: officialOnly('How this role relates to the occupation: "is", "counted-under" or "part-of".'),
      }),
    officialStatistic: z
      .string()
      .optional()
      .meta({
        description: officialOnly('Which statistic of the edition ("median-annual", "growth", …).'),
      }),
    onetMeasure: z
      .enum(onetMeasures)
      .optional()
      .meta({
        description: onetOnly(
          'What the value measures: importance (1–5) or level (0–7) of a skill or knowledge area, a share of workers (percent) in an education, experience or training category, or the job zone (1–5).',
        ),
      }),
    onetElement: z
      .string()
      .optional()
      .meta({ description: onetOnly('The content-model element id ("2.B.3.e") or the category number.') }),
    onetName: z
      .string()
      .optional()
      .meta({ description: onetOnly("O*NET's name for the element or category.") }),
    onetRelease: z
      .string()
      .optional()
      .meta({ description: onetOnly('The O*NET release ("30.2").') }),
    onetDate: z
      .string()
      .optional()
      .meta({ description: onetOnly('When O*NET collected the value, YYYY-MM.') }),
    onetDomainSource: z
      .string()
      .optional()
      .meta({ description: onetOnly('Where O*NET took it from ("Incumbent", "Analyst", …).') }),
    onetSubstitute: z
      .boolean()
      .optional()
      .meta({
        description: onetOnly(
          "True when O*NET does not rate the role's occupation and the value is the nearest rated occupation's.",
        ),
      }),
  })
  .meta({ title: 'Figure row', description: 'One pay, outlook or O*NET figure as one role page shows it.' });

export const figuresFileSchema = z
  .strictObject({
    $schema: webAddress.meta({ description: 'The JSON Schema this file follows.' }),
    about: webAddress.meta({ description: 'The page that documents the files, their licence and how to cite them.' }),
    licence: licenceSchema,
    figures: z.array(figureRowSchema).meta({
      description: "One row per figure per role page, ordered by role, then as the page's tables are.",
    }),
  })
  .meta({
    title: 'Figures',
    description: 'Every pay and outlook figure on the site, one row per figure per role page.',
  });

export type FigureRow = z.infer<typeof figureRowSchema>;
export type FiguresFile = z.infer<typeof figuresFileSchema>;

/** The CSV's columns: the row's fields, in order. */
export const figureColumns = Object.keys(figureRowSchema.shape) as (keyof FigureRow)[];
