import { z } from 'astro/zod';
import { calendarDate, filledText, type ReferenceTo } from './common.ts';

/** The frontmatter of a guide (`content/guides/<slug>.mdx`). */
export const guideSchema = <R extends z.ZodType<{ id: string }>>(ref: ReferenceTo<R>) =>
  z
    .object({
      /** The headline. */
      title: filledText,
      /** One sentence, 50 to 160 characters: the meta description and the card text. */
      description: filledText.pipe(
        z
          .string()
          .min(50, { error: (i) => `is ${String(i.input).length} characters, too short for a description — write at least 50` })
          .max(160, { error: (i) => `is ${String(i.input).length} characters, too long for a description — shorten it to 160 or fewer` }),
      ),
      /** First publication date (YYYY-MM-DD). */
      published: calendarDate,
      /** Date of the last substantial update (YYYY-MM-DD). */
      updated: calendarDate.optional(),
      /** Who wrote it. */
      author: filledText,
      /** The roles the guide is about: ids in content/roles/. */
      roles: z.array(ref('roles')).prefault([]),
      /** Topics, lowercase ("salary", "education"). */
      tags: z.array(filledText).prefault([]),
      /** A draft is previewed in `npm run dev` but never built for production. */
      draft: z.boolean().prefault(false),
    })
    .superRefine((guide, ctx) => {
      if (guide.updated && guide.updated < guide.published) {
        ctx.addIssue({ code: 'custom', path: ['updated'], message: 'is earlier than "published" — an update cannot come before publication' });
      }
    });
