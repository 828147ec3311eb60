import { z } from 'astro/zod';
import { calendarYear, figureProvenance, figureYear, regionCode, slugId, type ReferenceTo } from './common.ts';

export const outlookMetrics = ['employment-growth', 'employment-change', 'annual-openings', 'jobs'] as const;

// Field descriptions live in .meta(): docs/frontmatter-reference.md is generated from them.
export const outlookFigureSchema = <R extends z.ZodType<{ id: string }>>(ref: ReferenceTo<R>) =>
  z
    .object({
      id: slugId.meta({
        description: 'Unique within the role ("bls-growth-2023-2033"); MDX components and `supersededBy` use it.',
      }),
      metric: z
        .enum(outlookMetrics, {
          error: 'is not a known metric — use employment-growth, employment-change, annual-openings or jobs',
        })
        .meta({ description: 'What is measured.' }),
      value: z
        .number({ error: 'is not a number — write it as digits' })
        .meta({ description: 'The number: a percentage for employment-growth, a count of jobs otherwise.' }),
      from: figureYear.meta({
        description:
          'First year of the projection period, or the year a count refers to; "undated" when the source does not say.',
      }),
      to: calendarYear
        .optional()
        .meta({ description: 'Last year of the projection period; leave it out for a count at one date.' }),
      region: regionCode.meta({ description: 'Where the figure applies: an ISO 3166 code ("US", "FR", "US-OK").' }),
      scope: z.string().optional().meta({ description: 'What the figure counts, when it is broader than the role.' }),
      label: z
        .string()
        .optional()
        .meta({ description: 'The source\'s own words for the pace ("much faster than average").' }),
      ...figureProvenance(ref),
      note: z.string().optional().meta({ description: 'A caveat readers should see beside the figure.' }),
    })
    .superRefine((figure, ctx) => {
      if (figure.to !== undefined && typeof figure.from === 'number' && figure.to < figure.from) {
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          message: `the period ends (${figure.to}) before it starts (${figure.from}) — check both years`,
        });
      }
    })
    .meta({
      description: 'A labor-market figure: projected growth, openings or employment, with its period and source.',
    });
