import { z } from 'astro/zod';
import { filledText } from './common.ts';

// The O*NET layer: content/onet/ is written by "npm run import:onet", never by hand. Field descriptions live
// in .meta() like every other schema; scripts/content-check/onet-rules.ts checks what one file cannot
// (element ids, scale bounds and category labels against the reference tables).

/** An 8-digit O*NET-SOC code: the 6-digit SOC code and a 2-digit O*NET detail ("15-1252.00"). */
export const onetCodePattern = /^\d{2}-\d{4}\.\d{2}$/;
export const onetCode = z
  .string({ error: 'is not a code — write it in quotes, like "15-1252.00"' })
  .regex(onetCodePattern, {
    error: (issue) =>
      `"${String(issue.input)}" is not an O*NET-SOC code — write the 8-digit code with its dot, like "15-1252.00"`,
  });

/** A month written YYYY-MM, as the importer writes O*NET's MM/YYYY. */
export const onetMonth = z
  .string({ error: 'is not a month — write it as YYYY-MM, e.g. 2025-08' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'is not a month — write it as YYYY-MM, e.g. 2025-08' });

const elementId = z
  .string({ error: 'is not an element id — write it like "2.B.3.e"' })
  .regex(/^\d(\.[A-Za-z0-9]+)+$/, { error: 'is not an O*NET element id — write it like "2.B.3.e"' });

const domainSource = filledText.meta({
  description: 'Where O*NET took the value from ("Incumbent", "Analyst", "Occupational Expert", …).',
});
const sampleSize = z
  .int({ error: 'is not a whole number — write the sample size as digits' })
  .min(0, { error: 'is negative — a sample size is 0 or more' });
const flag = (description: string) => z.boolean({ error: 'is not true or false' }).meta({ description });
const number = z.number({ error: 'is not a number — write digits only' });

export const onetReleaseSchema = z
  .object({
    name: filledText.meta({ description: 'The release\'s own name ("O*NET 30.2 Database").' }),
    version: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? 'is missing, so pages cannot say which release their data comes from — add version: "30.2" (in quotes), or import the release again'
            : 'is not text — write the version in quotes, like "30.2"',
      })
      .regex(/^\d+\.\d+$/, { error: 'is not a release version — write it in quotes, like "30.2"' })
      .meta({ description: 'The release version, in quotes ("30.2").' }),
    released: onetMonth.meta({ description: 'The month of the release, YYYY-MM ("2026-02").' }),
    publisher: filledText.meta({ description: 'Who publishes the database (USDOL/ETA).' }),
    url: z.url({ error: 'is not a web address' }).meta({ description: "The database's own page." }),
    license: filledText.meta({ description: 'The licence the database is used under ("CC BY 4.0").' }),
    licenseUrl: z.url({ error: 'is not a web address' }).meta({ description: 'The licence page.' }),
    credit: filledText.meta({
      description: "The credit the licence asks for, in O*NET's own words: shown wherever O*NET data is.",
    }),
    modifiedNotice: filledText.meta({
      description: 'The notice that the site modified the data ("{site}" stands for the site\'s name).',
    }),
  })
  .meta({ description: 'The O*NET release the site carries (content/onet/release.yaml).' });

const ratingValueSchema = (scale: string) =>
  z
    .object({
      value: number.meta({ description: `The ${scale} on its O*NET scale (see content/onet/reference/scales.yaml).` }),
      n: sampleSize
        .optional()
        .meta({ description: 'How many ratings the value averages (absent when O*NET gives none).' }),
      suppress: flag('O*NET recommends suppressing the value: it is never shown as a figure.').optional(),
      notRelevant: flag('O*NET marks the element not relevant to the occupation.').optional(),
      date: onetMonth.meta({ description: 'When O*NET collected the value, YYYY-MM.' }),
      domainSource,
    })
    .meta({ description: `The ${scale} rating, with its sample, flags, date and domain source.` });

const ratingSchema = z
  .object({
    elementId: elementId.meta({
      description: 'The content-model element rated (see content/onet/reference/elements.yaml).',
    }),
    importance: ratingValueSchema('importance (IM, 1–5)').optional(),
    level: ratingValueSchema('level (LV, 0–7)').optional(),
  })
  .meta({ description: 'How important a skill or knowledge area is to the occupation, and at what level.' });

const distributionValueSchema = z
  .object({
    category: z
      .int({ error: 'is not a category number' })
      .min(1, { error: 'is not a category number — categories start at 1' })
      .meta({ description: 'The category (see content/onet/reference/education-categories.yaml).' }),
    percent: number.meta({ description: 'The share of workers in the category, in percent.' }),
    n: sampleSize.optional().meta({ description: 'How many respondents the share is based on.' }),
    suppress: flag('O*NET recommends suppressing the value: it is never shown as a figure.').optional(),
    date: onetMonth.meta({ description: 'When O*NET collected the value, YYYY-MM.' }),
    domainSource,
  })
  .meta({ description: 'The share of workers in one category of a distribution.' });

const distribution = (what: string) =>
  z
    .array(distributionValueSchema)
    .optional()
    .meta({ description: `The share of workers by ${what}, one entry per category.` });

export const relatednessTiers = ['Primary-Short', 'Primary-Long', 'Supplemental'] as const;

export const onetOccupationSchema = z
  .object({
    code: onetCode.meta({ description: 'The O*NET-SOC code; the file is named after it.' }),
    title: filledText.meta({ description: "O*NET's title for the occupation." }),
    jobZone: z
      .object({
        zone: z.int({ error: 'is not a job zone' }).min(1).max(5).meta({ description: 'The job zone, 1 to 5.' }),
        date: onetMonth.meta({ description: 'When O*NET set the zone, YYYY-MM.' }),
        domainSource,
      })
      .optional()
      .meta({ description: 'How much preparation the work needs (absent for occupations O*NET does not rate).' }),
    alternateTitles: z
      .array(
        z
          .object({
            title: filledText.meta({ description: 'Another title people use for the job.' }),
            shortTitle: filledText.optional().meta({ description: 'Its short form, when O*NET gives one.' }),
          })
          .meta({ description: 'An alternate job title.' }),
      )
      .meta({ description: 'Other titles the job goes by, for search and the "Also called" list.' }),
    technologies: z
      .array(
        z
          .object({
            example: filledText.meta({ description: 'The technology, as O*NET names it ("PostgreSQL").' }),
            commodityCode: z.int({ error: 'is not a UNSPSC code' }).meta({ description: 'Its UNSPSC commodity code.' }),
            commodityTitle: filledText.meta({ description: "Its UNSPSC category, O*NET's grouping." }),
            hot: flag('O*NET flags it a Hot Technology (often asked for in job postings).'),
            inDemand: flag('O*NET flags it In Demand for this occupation.'),
          })
          .meta({ description: 'A technology used in the occupation.' }),
      )
      .meta({ description: 'Technologies used in the occupation.' }),
    relatedOccupations: z
      .array(
        z
          .object({
            code: onetCode.meta({ description: 'The related occupation.' }),
            tier: z
              .enum(relatednessTiers, {
                error: `is not a relatedness tier — use one of ${relatednessTiers.join(', ')}`,
              })
              .meta({ description: 'How closely O*NET relates it.' }),
            index: z.int().min(1).meta({ description: "Its rank in O*NET's list (1 is closest)." }),
          })
          .meta({ description: 'A related occupation.' }),
      )
      .meta({ description: 'Related occupations, closest first.' }),
    education: z
      .object({
        RL: distribution('required level of education'),
        RW: distribution('related work experience'),
        PT: distribution('on-site or in-plant training'),
        OJ: distribution('on-the-job training'),
      })
      .meta({ description: 'Education, training and experience distributions (absent when not rated).' }),
    skills: z.array(ratingSchema).meta({ description: 'Skill ratings.' }),
    knowledge: z.array(ratingSchema).meta({ description: 'Knowledge-area ratings.' }),
  })
  .meta({ description: 'One O*NET occupation (content/onet/occupations/<code>.yaml).' });

export const onetDistributionScales = ['RL', 'RW', 'PT', 'OJ'] as const;
export type OnetDistributionScale = (typeof onetDistributionScales)[number];

export const onetElementSchema = z
  .object({
    id: elementId.meta({ description: 'The content-model element id.' }),
    name: filledText.meta({ description: "O*NET's name for the element." }),
    domain: z.enum(['skills', 'knowledge']).meta({ description: 'Which ratings use it.' }),
  })
  .meta({ description: 'A skill or knowledge element of the O*NET content model.' });

export const onetScaleSchema = z
  .object({
    id: filledText.meta({ description: 'The scale id ("IM").' }),
    name: filledText.meta({ description: "O*NET's name for the scale." }),
    min: number.meta({ description: 'The lowest value on the scale.' }),
    max: number.meta({ description: 'The highest value on the scale.' }),
  })
  .meta({ description: 'An O*NET rating scale.' });

export const onetJobZoneSchema = z
  .object({
    zone: z.int().min(1).max(5).meta({ description: 'The job zone number.' }),
    name: filledText.meta({ description: "O*NET's short name for the zone." }),
  })
  .meta({ description: 'An O*NET job zone.' });

export const onetCategorySchema = z
  .object({
    scale: z.enum(onetDistributionScales).meta({ description: 'The distribution scale (RL, RW, PT, OJ).' }),
    elementId: elementId.meta({ description: 'The element the scale belongs to.' }),
    category: z.int().min(1).meta({ description: 'The category number.' }),
    label: filledText.meta({ description: "O*NET's label for the category." }),
  })
  .meta({ description: 'A category of an education, training or experience distribution.' });

export type OnetRelease = z.infer<typeof onetReleaseSchema>;
export type OnetOccupation = z.infer<typeof onetOccupationSchema>;
export type OnetRating = z.infer<typeof ratingSchema>;
export type OnetDistributionValue = z.infer<typeof distributionValueSchema>;
export type OnetElement = z.infer<typeof onetElementSchema>;
export type OnetScale = z.infer<typeof onetScaleSchema>;
export type OnetJobZone = z.infer<typeof onetJobZoneSchema>;
export type OnetCategory = z.infer<typeof onetCategorySchema>;
