import { z } from 'astro/zod';
import { currencyCode, figureProvenance, figureYear, regionCode, slugId, type ReferenceTo } from './common.ts';

export const salaryLevels = ['entry', 'junior', 'mid', 'senior', 'all'] as const;
export const salaryPeriods = ['year', 'month', 'hour'] as const;
export const salaryStatistics = ['median', 'average', 'range'] as const;

const positiveAmount = z
  .number()
  .positive({ error: 'is not a positive number — write the amount as digits, without currency sign or commas' });

// Field descriptions live in .meta(): docs/frontmatter-reference.md is generated from them.
export const salaryFigureSchema = <R extends z.ZodType<{ id: string }>>(ref: ReferenceTo<R>) =>
  z
    .object({
      id: slugId.meta({
        description: 'Unique within the role ("bls-2023-median"); MDX components and `supersededBy` use it.',
      }),
      region: regionCode.meta({ description: 'Where the figure applies: an ISO 3166 code ("US", "FR", "US-OK").' }),
      currency: currencyCode.meta({ description: 'The ISO 4217 currency the amounts are in ("USD", "EUR", "GBP").' }),
      period: z
        .enum(salaryPeriods, { error: 'is not a period — use "year", "month" or "hour"' })
        .meta({ description: 'What the amounts are paid per.' }),
      level: z
        .enum(salaryLevels, { error: 'is not a level — use entry, junior, mid, senior or all' })
        .meta({ description: 'The career stage the figure describes; "all" when the source does not split by level.' }),
      statistic: z
        .enum(salaryStatistics, { error: 'is not a kind of figure — use "median", "average" or "range"' })
        .meta({ description: 'What kind of figure it is: a median, an average, or a range the source gives.' }),
      amount: positiveAmount.optional().meta({ description: 'The single amount (median or average), digits only.' }),
      min: positiveAmount.optional().meta({ description: 'The low end of a range, digits only.' }),
      max: positiveAmount.optional().meta({ description: 'The high end of a range, digits only.' }),
      basis: z
        .enum(['gross', 'net'])
        .optional()
        .meta({ description: 'Gross (before tax) or net pay, when the source says.' }),
      year: figureYear.meta({
        description: 'The year the figure refers to, or "undated" when the source does not say: never a guess.',
      }),
      asOf: z.string().optional().meta({ description: 'A more precise date the source gives ("May 2023").' }),
      scope: z.string().optional().meta({
        description:
          'What the figure actually counts, when it is broader than the role ("Software developers, QA analysts and testers").',
      }),
      ...figureProvenance(ref),
      note: z.string().optional().meta({ description: 'A caveat readers should see beside the figure.' }),
    })
    .superRefine((figure, ctx) => {
      const hasRange = figure.min !== undefined || figure.max !== undefined;
      if (figure.amount === undefined && !hasRange) {
        ctx.addIssue({
          code: 'custom',
          path: ['amount'],
          message: 'the figure has no amount — give "amount", or "min" and "max" for a range',
        });
      }
      if (hasRange && (figure.min === undefined || figure.max === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [figure.min === undefined ? 'min' : 'max'],
          message: 'a range needs both "min" and "max" — add the missing end',
        });
      }
      if (figure.min !== undefined && figure.max !== undefined && figure.min > figure.max) {
        ctx.addIssue({
          code: 'custom',
          path: ['min'],
          message: `min (${figure.min}) is greater than max (${figure.max}) — swap them`,
        });
      }
      if (figure.statistic === 'range' && !hasRange) {
        ctx.addIssue({
          code: 'custom',
          path: ['statistic'],
          message:
            'statistic is "range" but no "min" and "max" are given — add them, or use "median" or "average" with "amount"',
        });
      }
      if (figure.statistic !== 'range' && figure.amount === undefined && hasRange) {
        ctx.addIssue({
          code: 'custom',
          path: ['statistic'],
          message: `statistic is "${figure.statistic}" but only a range is given — use "range", or add "amount"`,
        });
      }
    })
    .meta({
      description:
        'One pay figure exactly as a source states it: where, in what currency, for whom, per what, when and according to whom.',
    });

export type SalaryFigureInput = z.input<ReturnType<typeof salaryFigureSchema>>;
