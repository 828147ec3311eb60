import { z } from 'astro/zod';
import { currencyCode, figureYear, regionCode, slugId, type ReferenceTo } from './common.ts';

export const salaryLevels = ['entry', 'junior', 'mid', 'senior', 'all'] as const;
export const salaryPeriods = ['year', 'month', 'hour'] as const;
export const salaryStatistics = ['median', 'average', 'range'] as const;

/**
 * One pay figure exactly as a source states it. Every figure carries where,
 * in what currency, for whom, per what, when and according to whom.
 */
export const salaryFigureSchema = <R extends z.ZodType<{ id: string }>>(ref: ReferenceTo<R>) =>
  z
    .object({
      /** Unique within the role, used by `supersededBy` and by MDX components ("bls-2023-median"). */
      id: slugId,
      /** Where the figure applies: ISO 3166 code ("US", "FR", "US-OK"). */
      region: regionCode,
      /** ISO 4217 currency the amounts are in ("USD", "EUR"). */
      currency: currencyCode,
      /** What the amounts are paid per. */
      period: z.enum(salaryPeriods, { error: 'is not a period — use "year", "month" or "hour"' }),
      /** Career stage the figure describes; "all" when the source does not split by level. */
      level: z.enum(salaryLevels, { error: 'is not a level — use entry, junior, mid, senior or all' }),
      /** What kind of figure it is: a median, an average, or a range the source gives. */
      statistic: z.enum(salaryStatistics, { error: 'is not a kind of figure — use "median", "average" or "range"' }),
      /** The single amount (median or average). */
      amount: z.number().positive({ error: 'is not a positive number — write the amount as digits, without currency sign or commas' }).optional(),
      /** The low end of a range. */
      min: z.number().positive({ error: 'is not a positive number — write the amount as digits, without currency sign or commas' }).optional(),
      /** The high end of a range. */
      max: z.number().positive({ error: 'is not a positive number — write the amount as digits, without currency sign or commas' }).optional(),
      /** Gross (before tax) or net pay, when the source says. */
      basis: z.enum(['gross', 'net']).optional(),
      /** The year the figure refers to, or "undated" when the source does not say. */
      year: figureYear,
      /** A more precise date the source gives ("May 2023"). */
      asOf: z.string().optional(),
      /** What the figure actually counts, when it is broader than the role ("Software developers, QA analysts and testers"). */
      scope: z.string().optional(),
      /** The source of the figure: an id in content/sources/. */
      source: ref('sources'),
      /** Where the site found it, when that is not the original publisher. */
      via: ref('sources').optional(),
      /** The id of a newer figure, in the same role, that replaces this one. */
      supersededBy: slugId.optional(),
      /** A caveat readers should see beside the figure. */
      note: z.string().optional(),
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
        ctx.addIssue({ code: 'custom', path: ['statistic'], message: 'statistic is "range" but no "min" and "max" are given — add them, or use "median" or "average" with "amount"' });
      }
      if (figure.statistic !== 'range' && figure.amount === undefined && hasRange) {
        ctx.addIssue({
          code: 'custom',
          path: ['statistic'],
          message: `statistic is "${figure.statistic}" but only a range is given — use "range", or add "amount"`,
        });
      }
    });

export type SalaryFigureInput = z.input<ReturnType<typeof salaryFigureSchema>>;
