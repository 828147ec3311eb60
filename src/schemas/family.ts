import { z } from 'astro/zod';
import { filledText } from './common.ts';

/** A group of related roles, shown together on /roles/ (`content/families.yaml`). */
export const familySchema = z.object({
  /** The family's name as readers see it ("Software engineering"). */
  name: filledText,
  /** One or two sentences on what the roles in it have in common. */
  description: filledText,
  /** Where the family appears on /roles/: lower numbers first. */
  order: z.int().min(0).prefault(100),
});

export type Family = z.infer<typeof familySchema>;
