import { z } from 'astro/zod';
import { calendarYear, figureYear, regionCode, slugId, type ReferenceTo } from './common.ts';

export const outlookMetrics = ['employment-growth', 'employment-change', 'annual-openings', 'jobs'] as const;

/** A labour-market figure: projected growth, openings or employment, with its period and source. */
export const outlookFigureSchema = <R extends z.ZodType<{ id: string }>>(ref: ReferenceTo<R>) =>
  z
    .object({
      /** Unique within the role ("bls-growth-2023-2033"). */
      id: slugId,
      /** What is measured. */
      metric: z.enum(outlookMetrics, {
        error: 'is not a known metric — use employment-growth, employment-change, annual-openings or jobs',
      }),
      /** The number: a percentage for employment-growth, a count of jobs otherwise. */
      value: z.number({ error: 'is not a number — write it as digits' }),
      /** First year of the projection period, or the year a count refers to. */
      from: figureYear,
      /** Last year of the projection period; omit for a count at one date. */
      to: calendarYear.optional(),
      /** ISO 3166 code of where the figure applies. */
      region: regionCode,
      /** What the figure counts, when it is broader than the role. */
      scope: z.string().optional(),
      /** The source's own words for the pace ("much faster than average"). */
      label: z.string().optional(),
      /** The source of the figure: an id in content/sources/. */
      source: ref('sources'),
      /** Where the site found it, when that is not the original publisher. */
      via: ref('sources').optional(),
      /** The id of a newer figure, in the same role, that replaces this one. */
      supersededBy: slugId.optional(),
    })
    .superRefine((figure, ctx) => {
      if (figure.to !== undefined && typeof figure.from === 'number' && figure.to < figure.from) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: `the period ends (${figure.to}) before it starts (${figure.from}) — check both years` });
      }
    });
