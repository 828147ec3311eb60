import { z } from 'astro/zod';
import { figureYear, filledText } from './common.ts';

/** A publication that figures and facts are cited from (`content/sources/<id>.yaml`). */
export const sourceSchema = z.object({
  /** Who published it, as they name themselves ("U.S. Bureau of Labor Statistics"). */
  publisher: filledText,
  /** A short name for inline citations ("BLS"); the publisher's name when omitted. */
  shortName: z.string().optional(),
  /** The title of the page or report. */
  title: filledText,
  /** Where it can be read, when it is public. */
  url: z.url({ error: 'is not a web address — write the full address starting with https://' }).optional(),
  /** The year the figures in it refer to, or "undated" when the publication does not say. */
  dataYear: figureYear,
  /** What kind of publication it is, so readers can weigh it. */
  kind: z.enum(['official-statistics', 'employer-article', 'recruiter-article', 'job-board', 'editorial', 'survey'], {
    error:
      'is not a known kind — use one of official-statistics, employer-article, recruiter-article, job-board, editorial, survey',
  }),
  /** Anything a reader should know about it: what it counts, its limits. */
  note: z.string().optional(),
});

export type Source = z.infer<typeof sourceSchema>;
