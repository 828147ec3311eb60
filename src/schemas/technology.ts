import { z } from 'astro/zod';
import { filledText } from './common.ts';

/**
 * The groups a role page shows its technologies in, in page order, with the heading readers see.
 * One list: the schema, the role page, /technologies/ and the compare pages all read it.
 */
export const technologyCategories = {
  language: 'Programming languages',
  framework: 'Frameworks and libraries',
  database: 'Databases and data stores',
  infrastructure: 'Servers, platforms and infrastructure',
  tool: 'Tools',
} as const;

export type TechnologyCategory = keyof typeof technologyCategories;
const categoryIds = Object.keys(technologyCategories) as [TechnologyCategory, ...TechnologyCategory[]];

// Field descriptions live in .meta(): docs/frontmatter-reference.md is generated from them.
export const technologySchema = z
  .object({
    name: filledText.meta({
      description: 'The name as its makers write it ("PostgreSQL", "Node.js"); pages and the search filter show it.',
    }),
    category: z
      .enum(categoryIds, { error: `is not a known category — use one of ${categoryIds.join(', ')}` })
      .meta({ description: 'Which group role pages list it under.' }),
    aliases: z.array(filledText).prefault([]).meta({
      description:
        'Other names people write ("Postgres", "Golang"); a guide that names it this way counts as mentioning it.',
    }),
    website: z.url({ error: 'is not a web address — write the full address starting with https://' }).optional().meta({
      description: "The technology's own website; leave it out unless you are sure of the address.",
    }),
  })
  .meta({ description: 'A language, framework, database, platform or tool that roles use.' });

export type Technology = z.infer<typeof technologySchema>;
