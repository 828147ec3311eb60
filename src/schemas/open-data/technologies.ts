import { z } from 'astro/zod';
import { skillKinds, type SkillKind } from '../skill.ts';
import { technologyCategories, type TechnologyCategory } from '../technology.ts';

// How a role's technologies and skills are exported: entries of content/technologies.yaml and
// content/skills.yaml by id, with the names and groups the page shows and what the role says of them.

const categoryIds = Object.keys(technologyCategories) as [TechnologyCategory, ...TechnologyCategory[]];
const kindIds = Object.keys(skillKinds) as [SkillKind, ...SkillKind[]];

export const technologyExportSchema = z
  .strictObject({
    id: z.string().meta({ description: 'The technology’s id: its page is /technologies/<id>/.' }),
    name: z.string().meta({ description: 'The technology as the page names it ("PostgreSQL").' }),
    category: z.enum(categoryIds).meta({
      description: `The group the page lists it under: ${categoryIds.join(', ')}.`,
    }),
    usedFor: z.string().optional().meta({ description: 'What the role uses it for, where its sources say.' }),
  })
  .meta({ description: 'A technology the role uses.' });

export const skillExportSchema = z
  .strictObject({
    id: z.string().meta({ description: 'The skill’s id in the site’s list of skills.' }),
    name: z.string().meta({ description: 'The skill’s name ("Databases").' }),
    kind: z.enum(kindIds).meta({ description: `Its kind: ${kindIds.join(' or ')}.` }),
    detail: z
      .string()
      .optional()
      .meta({ description: 'How this role needs the skill, in the profile’s words, when it says more than the name.' }),
  })
  .meta({ description: 'A skill the role needs.' });

export type TechnologyExport = z.infer<typeof technologyExportSchema>;
export type SkillExport = z.infer<typeof skillExportSchema>;
