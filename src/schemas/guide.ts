import { z } from 'astro/zod';
import { date, filledText, metaDescription, type ReferenceTo } from './common.ts';

// Field descriptions live in .meta(): docs/frontmatter-reference.md is generated from them.
export const guideSchema = <R extends z.ZodType<{ id: string }>>(ref: ReferenceTo<R>) =>
  z
    .object({
      title: filledText.meta({ description: 'The headline.' }),
      description: metaDescription('description'),
      published: date.meta({ description: 'First publication date (YYYY-MM-DD).' }),
      updated: date.optional().meta({ description: 'Date of the last substantial update (YYYY-MM-DD).' }),
      author: filledText.meta({ description: 'Who wrote it.' }),
      roles: z
        .array(ref('roles'))
        .prefault([])
        .meta({ description: 'The roles the guide is about: ids of files in content/roles/.' }),
      tags: z.array(filledText).prefault([]).meta({ description: 'Topics, lowercase ("salary", "education").' }),
      draft: z
        .boolean()
        .prefault(false)
        .meta({ description: 'A draft is previewed in `npm run dev` but never built for the published site.' }),
    })
    .superRefine((guide, ctx) => {
      if (guide.updated && guide.updated < guide.published) {
        ctx.addIssue({
          code: 'custom',
          path: ['updated'],
          message: 'is earlier than "published" — an update cannot come before publication',
        });
      }
    })
    .meta({ description: 'The frontmatter of a guide.' });
