import { z } from 'astro/zod';
import { figureYear, filledText } from './common.ts';

export const sourceKinds = [
  'official-statistics',
  'official-guidance',
  'employer-article',
  'recruiter-article',
  'job-board',
  'editorial',
  'survey',
] as const;

// Field descriptions live in .meta(): docs/frontmatter-reference.md is generated from them.
export const sourceSchema = z
  .object({
    publisher: filledText.meta({
      description: 'Who published it, as they name themselves ("U.S. Bureau of Labor Statistics").',
    }),
    shortName: z.string().optional().meta({
      description: 'A short name for inline citations ("BLS"); the publisher\'s name is used when it is left out.',
    }),
    title: filledText.meta({ description: 'The title of the page or report.' }),
    url: z
      .url({ error: 'is not a web address — write the full address starting with https://' })
      .optional()
      .meta({ description: 'Where it can be read, when it is public: the full address starting with https://.' }),
    dataYear: figureYear.meta({
      description: 'The year the figures in it refer to, or "undated" when the publication does not say.',
    }),
    kind: z
      .enum(sourceKinds, { error: `is not a known kind — use one of ${sourceKinds.join(', ')}` })
      .meta({ description: 'What kind of publication it is, so readers can weigh it.' }),
    note: z
      .string()
      .optional()
      .meta({ description: 'Anything a reader should know about it: what it counts, its limits.' }),
  })
  .meta({ description: 'A publication that figures and facts are cited from.' });

export type Source = z.infer<typeof sourceSchema>;
