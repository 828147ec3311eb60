import { z } from 'astro/zod';
import { filledText } from './common.ts';

// Field descriptions live in .meta(): docs/frontmatter-reference.md is generated from them.
export const familySchema = z
  .object({
    name: filledText.meta({ description: 'The family\'s name as readers see it ("Software engineering").' }),
    description: filledText.meta({ description: 'One or two sentences on what the roles in it have in common.' }),
    order: z
      .int()
      .min(0)
      .prefault(100)
      .meta({ description: 'Where the family appears on /roles/: lower numbers first.' }),
  })
  .meta({ description: 'A group of related roles, shown together on /roles/.' });

export type Family = z.infer<typeof familySchema>;
