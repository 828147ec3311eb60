import { z } from 'astro/zod';
import { classification, codeProblem, occupationCode } from './classification.ts';
import { currencyCode, date, filledText, regionCode, slugId, type ReferenceTo } from './common.ts';

// Field descriptions live in .meta(): docs/frontmatter-reference.md is generated from them.

export const wageMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** How far ahead an official projection may reach: BLS projects ten years; twenty allows for others. */
export const longestProjectionYears = 20;

const amount = z
  .number({ error: 'is not a number — write the amount as digits, without currency sign or commas' })
  .positive({ error: 'is not a positive amount — write the amount as digits, without currency sign or commas' });

const count = z
  .int({ error: 'is not a whole number — write digits only, without commas' })
  .min(0, { error: 'is negative — a count of jobs or openings is 0 or more' });

const editionYear = z
  .int({ error: 'is not a year — write the year as four digits, for example 2023' })
  .min(1990, { error: 'is not a plausible year — write the year as four digits, for example 2023' })
  .max(2100, { error: 'is not a plausible year — write the year as four digits, for example 2023' });

const url = z.url({ error: 'is not a web address — write the full address starting with https://' });

const percentilesSchema = z
  .object({
    p10: amount.optional().meta({ description: 'The 10th percentile: a tenth of workers earn less.' }),
    p25: amount.optional().meta({ description: 'The 25th percentile.' }),
    p75: amount.optional().meta({ description: 'The 75th percentile.' }),
    p90: amount.optional().meta({ description: 'The 90th percentile: a tenth of workers earn more.' }),
  })
  .meta({ description: 'Annual pay percentiles, when the publication gives them (the median is `medianAnnual`).' });

const subOccupationSchema = z
  .object({
    code: occupationCode.meta({ description: 'The code of the narrower occupation ("15-1252").' }),
    title: filledText.meta({ description: 'Its official title ("Software developers").' }),
    medianAnnual: amount.meta({ description: 'Its median annual pay, digits only.' }),
  })
  .meta({ description: 'The median of one occupation that a combined profile names separately.' });

const entrySchema = z
  .object({
    education: filledText
      .optional()
      .meta({ description: 'Typical entry-level education, in the publication\'s words ("Bachelor\'s degree").' }),
    experience: filledText
      .optional()
      .meta({ description: 'Work experience in a related occupation ("None", "5 years or more").' }),
    training: filledText.optional().meta({ description: 'Typical on-the-job training ("None").' }),
  })
  .meta({ description: 'What the publication says it takes to enter the occupation.' });

const projectionsSchema = z
  .object({
    growthPercent: z
      .number({ error: 'is not a number — write the percentage as digits, without the % sign' })
      .min(-100, { error: 'is below -100 — employment cannot shrink by more than all of it' })
      .max(1000, { error: 'is above 1000 — check the figure; write 17 for 17%' })
      .optional()
      .meta({
        description: "Projected employment growth over the edition's projection period, in percent (17 for 17%).",
      }),
    pace: filledText
      .optional()
      .meta({ description: 'The publication\'s words for the pace ("much faster than average").' }),
    change: z
      .int({ error: 'is not a whole number — write digits only, with a minus sign for a decline' })
      .optional()
      .meta({ description: 'Projected change in the number of jobs over the period (negative for a decline).' }),
    openingsPerYear: count
      .optional()
      .meta({ description: 'Openings projected each year, on average, over the period.' }),
  })
  .meta({ description: "Projections for the occupation over the edition's projection period." });

const occupationSchema = <R extends z.ZodType<{ id: string }>>(ref: ReferenceTo<R>) =>
  z
    .object({
      id: slugId.meta({
        description:
          'Short id of the occupation within the file ("software-developers"); figure ids are built from it.',
      }),
      title: filledText.meta({ description: 'The official title of the occupation or profile.' }),
      codes: z.array(occupationCode).min(1, { error: 'is empty — list the code (or codes) these figures count' }).meta({
        description:
          'The occupation codes these figures count: one, or several when the publication combines occupations.',
      }),
      url: url.meta({ description: 'The page the figures are read from: the full address starting with https://.' }),
      quotedBy: z.array(ref('sources')).prefault([]).meta({
        description: 'Articles that quote these figures (often without their year): ids of files in content/sources/.',
      }),
      note: z.string().optional().meta({
        description: 'Anything readers should know beside these figures (how they were found, their limits).',
      }),
      pay: z
        .object({
          medianAnnual: amount.optional().meta({ description: 'Median annual pay, digits only.' }),
          medianHourly: amount.optional().meta({ description: 'Median hourly pay, digits only.' }),
          percentiles: percentilesSchema.optional(),
          occupations: z.array(subOccupationSchema).prefault([]).meta({
            description: 'Medians of the narrower occupations a combined profile names separately.',
          }),
        })
        .optional()
        .meta({ description: 'Pay for the wage period of the edition, in the currency of the file.' }),
      jobs: z
        .object({
          count: count.meta({ description: 'The number of jobs.' }),
          year: editionYear.meta({ description: 'The year the count refers to.' }),
        })
        .optional()
        .meta({ description: 'Employment: how many jobs the occupation had, and when.' }),
      projections: projectionsSchema.optional(),
      entry: entrySchema.optional(),
    })
    .meta({ description: 'The figures one publication gives for one occupation (or a combined profile).' });

export const statisticsEditionSchema = <R extends z.ZodType<{ id: string }>>(ref: ReferenceTo<R>) =>
  z
    .object({
      publisher: filledText.meta({
        description: 'Who publishes the statistics, as they name themselves ("U.S. Bureau of Labor Statistics").',
      }),
      shortName: z.string().optional().meta({ description: 'A short name for citations ("BLS").' }),
      dataset: filledText.meta({ description: 'The publication or dataset ("Occupational Outlook Handbook").' }),
      edition: filledText.meta({
        description: 'The edition, as the site names it ("2023–33"): one file per published edition.',
      }),
      url: url.meta({ description: "The publication's home page: the full address starting with https://." }),
      released: date
        .optional()
        .meta({ description: 'When the publisher released the edition, if it says (YYYY-MM-DD).' }),
      classification: classification.meta({ description: 'The classification its occupation codes belong to.' }),
      region: regionCode.meta({ description: 'Where the figures apply: an ISO 3166 code ("US").' }),
      currency: currencyCode.meta({ description: 'The ISO 4217 currency of its pay figures ("USD").' }),
      wages: z
        .object({
          year: editionYear.meta({ description: 'The year its pay figures refer to.' }),
          month: z
            .enum(wageMonths, { error: 'is not a month — write it in full, e.g. "May"' })
            .optional()
            .meta({ description: 'The month of the pay survey, when the publication names one ("May").' }),
        })
        .meta({ description: 'The reference period of its pay figures.' }),
      projections: z
        .object({
          from: editionYear.meta({ description: 'The first year of its projection period.' }),
          to: editionYear.meta({ description: 'The last year of its projection period.' }),
        })
        .optional()
        .meta({ description: 'The reference period of its projections, when it has any.' }),
      note: z.string().optional().meta({ description: 'Anything readers should know about this edition.' }),
      occupations: z
        .array(occupationSchema(ref))
        .min(1, { error: 'is empty — give the figures for at least one occupation' })
        .meta({ description: 'The figures the edition gives, one item per occupation or combined profile.' }),
    })
    .superRefine((edition, ctx) => {
      const { projections } = edition;
      if (projections && projections.to <= projections.from) {
        ctx.addIssue({
          code: 'custom',
          path: ['projections', 'to'],
          message: `the projection period ends (${projections.to}) before it starts (${projections.from}) — check both years`,
        });
      } else if (projections && projections.to - projections.from > longestProjectionYears) {
        ctx.addIssue({
          code: 'custom',
          path: ['projections', 'to'],
          message: `a projection of ${projections.to - projections.from} years is not plausible — check both years`,
        });
      }
      const ids = new Set<string>();
      const codeOwner = new Map<string, string>();
      edition.occupations.forEach((occupation, index) => {
        if (ids.has(occupation.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['occupations', index, 'id'],
            message: `"${occupation.id}" is used twice in this file — give each occupation its own id`,
          });
        }
        ids.add(occupation.id);
        occupation.codes.forEach((code, c) => {
          const problem = codeProblem(edition.classification, code);
          if (problem) ctx.addIssue({ code: 'custom', path: ['occupations', index, 'codes', c], message: problem });
          const owner = codeOwner.get(code);
          if (owner) {
            ctx.addIssue({
              code: 'custom',
              path: ['occupations', index, 'codes', c],
              message: `${code} is already counted by "${owner}" in this file — an edition gives one set of figures per code; merge the two`,
            });
          }
          codeOwner.set(code, occupation.id);
        });
        occupation.pay?.occupations.forEach((sub, s) => {
          if (!occupation.codes.includes(sub.code)) {
            ctx.addIssue({
              code: 'custom',
              path: ['occupations', index, 'pay', 'occupations', s, 'code'],
              message: `${sub.code} is not one of this profile's codes (${occupation.codes.join(', ')}) — add it to "codes" or fix it`,
            });
          }
        });
        if (occupation.projections && !projections) {
          ctx.addIssue({
            code: 'custom',
            path: ['occupations', index, 'projections'],
            message:
              'gives projections, but the file has no "projections" period — add "projections: { from, to }" at the top',
          });
        }
      });
    })
    .meta({
      description:
        'One published edition of an official dataset: who published it, when its figures refer to, and per occupation code the figures it gives.',
    });

export type StatisticsEditionInput = z.input<ReturnType<typeof statisticsEditionSchema>>;
