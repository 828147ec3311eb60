import { z } from 'astro/zod';
import { slugId } from '../common.ts';
import { outlookMetrics } from '../outlook.ts';
import { salaryLevels, salaryPeriods, salaryStatistics } from '../salary.ts';
import { currency, officialProvenanceSchema, region, sourceRefSchema, webAddress, year } from './common.ts';

// A pay or outlook figure as a role profile's data gives it: what the page's table shows, with its
// provenance. Descriptions are written for people reusing the data.

const figureCommon = {
  id: slugId.meta({
    description:
      'The figure\'s id. An official figure has the same id on every role page that shows it ("bls-ooh-2023-software-developers-median").',
  }),
  url: webAddress.meta({
    description: "The figure's row in the table of the role page (…/roles/<role>/#figure-<id>).",
  }),
  region,
  scope: z.string().optional().meta({
    description: 'What the figure really counts, when that is broader than the role, and how the role relates to it.',
  }),
  note: z.string().optional().meta({ description: 'A caveat shown beside the figure.' }),
  older: z.boolean().meta({
    description:
      'True when the figure is older than the site\'s age limit and not superseded: the page marks it "older figure".',
  }),
  supersededBy: slugId.optional().meta({
    description:
      'The id of the newer figure that replaces this one; the page shows it struck through. Absent when current.',
  }),
  source: sourceRefSchema,
  via: sourceRefSchema
    .optional()
    .meta({ description: 'The publication the site read the figure in, when that is not its original publisher.' }),
  official: officialProvenanceSchema.optional(),
};

const amount = z.number().positive();

export const percentilesSchema = z
  .strictObject({
    p10: amount.optional().meta({ description: 'The 10th percentile: a tenth of workers earn less.' }),
    p25: amount.optional().meta({ description: 'The 25th percentile.' }),
    p75: amount.optional().meta({ description: 'The 75th percentile.' }),
    p90: amount.optional().meta({ description: 'The 90th percentile: a tenth of workers earn more.' }),
  })
  .meta({ description: 'Annual pay percentiles, when the publication gives them.' });

export const salaryExportSchema = z
  .strictObject({
    ...figureCommon,
    currency,
    period: z.enum(salaryPeriods).meta({ description: 'What the amounts are paid per.' }),
    level: z
      .enum(salaryLevels)
      .meta({ description: 'The career stage; "all" when the source does not split by level.' }),
    statistic: z.enum(salaryStatistics).meta({ description: 'A median, an average, or a range the source gives.' }),
    amount: amount.optional().meta({ description: 'The median or average.' }),
    min: amount.optional().meta({ description: 'The low end of a range.' }),
    max: amount.optional().meta({ description: 'The high end of a range.' }),
    basis: z
      .enum(['gross', 'net'])
      .optional()
      .meta({ description: 'Before tax (gross) or after (net), when the source says.' }),
    year: year.meta({ description: 'The year the figure refers to, or "undated" when the source does not say.' }),
    asOf: z.string().optional().meta({ description: 'A more precise date the source gives ("May 2023").' }),
    percentiles: percentilesSchema.optional(),
    context: z.boolean().meta({
      description:
        "True when the figure is shown for context only: another occupation of a combined official profile, not this role's pay.",
    }),
  })
  .meta({ description: 'A pay figure, as the role page shows it.' });

export const outlookExportSchema = z
  .strictObject({
    ...figureCommon,
    metric: z.enum(outlookMetrics).meta({
      description:
        'What is measured: projected growth (percent), projected change in jobs, openings per year, or jobs.',
    }),
    value: z.number().meta({ description: 'The number: a percentage for employment-growth, a count otherwise.' }),
    from: year.meta({ description: 'The first year of the projection period, or the year a count refers to.' }),
    to: z.int().optional().meta({ description: 'The last year of the projection period.' }),
    label: z
      .string()
      .optional()
      .meta({ description: 'The source\'s words for the pace ("much faster than average").' }),
  })
  .meta({ description: 'A job-outlook figure, as the role page shows it.' });

export type SalaryExport = z.infer<typeof salaryExportSchema>;
export type OutlookExport = z.infer<typeof outlookExportSchema>;
