import { z } from 'astro/zod';
import { filledText } from './common.ts';
import { onetCode } from './onet.ts';
import { occupationRelations } from './occupation-relations.ts';

/** How a role maps to an O*NET occupation: the same relations and note rule as its SOC codes. */
export const onetOccupationMappingSchema = z
  .object({
    code: onetCode.meta({
      description:
        'The O*NET-SOC code ("15-1252.00"). A file content/onet/occupations/<code>.yaml must exist (run "npm run import:onet" to add one).',
    }),
    relation: z
      .enum(occupationRelations, {
        error: `is not a known relation — use one of ${occupationRelations.join(', ')}`,
      })
      .meta({
        description:
          'How the role relates to the O*NET occupation: it "is" the occupation, is "counted-under" a broader one, or is "part-of" it (one of the jobs it names).',
      }),
    note: filledText.optional().meta({
      description:
        'One plain sentence shown beside the O*NET data: what the occupation covers and how the role fits in. Required unless the relation is "is".',
    }),
  })
  .superRefine((mapping, ctx) => {
    if (mapping.relation !== 'is' && mapping.note === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: `is missing — a role "${mapping.relation}" an O*NET occupation needs a sentence telling readers what the O*NET data describes`,
      });
  })
  .meta({ description: 'An O*NET occupation whose data the role shows, and how the role relates to it.' });
