import { z } from 'astro/zod';
import { filledText, type ReferenceTo } from './common.ts';

/** Whether a skill is listed under "Technical skills" or "Personal skills". */
export const skillKinds = { technical: 'Technical skills', personal: 'Personal skills' } as const;

export type SkillKind = keyof typeof skillKinds;
const kindIds = Object.keys(skillKinds) as [SkillKind, ...SkillKind[]];

// Field descriptions live in .meta(): docs/frontmatter-reference.md is generated from them.
export const skillSchema = <R extends z.ZodType<{ id: string }>>(ref: ReferenceTo<R>) =>
  z
    .object({
      name: filledText.meta({
        description:
          'A short name that fits every role asking for the skill ("Database design and management"); a role adds its own detail.',
      }),
      kind: z
        .enum(kindIds, { error: `is not a known kind — use one of ${kindIds.join(', ')}` })
        .meta({ description: 'Technical or personal: which list role pages show it in.' }),
      aliases: z
        .array(filledText)
        .prefault([])
        .meta({ description: 'Other names for the skill ("Teamwork" for "Teamwork and collaboration").' }),
      broader: ref('skills').optional().meta({
        description:
          'The id of a wider skill this one is part of ("programming-languages" is part of "software-development"): on compare pages a role with this skill is not told it lacks the wider one.',
      }),
    })
    .meta({ description: 'A skill roles ask for, named once so two roles asking for it can be compared.' });

export type Skill = z.infer<ReturnType<typeof skillSchema>>;
