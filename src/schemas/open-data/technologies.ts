import { z } from 'astro/zod';

// How a role's technologies are exported. Kept apart (with src/lib/open-data/technologies.ts) so that
// when technologies become entries with ids and categories, the export follows in these two files.

export const technologyGroups = ['languages', 'frameworks', 'databases', 'infrastructure', 'tools'] as const;

export const technologyExportSchema = z
  .strictObject({
    name: z.string().meta({ description: 'The technology as the page names it ("PostgreSQL").' }),
    group: z.enum(technologyGroups).meta({
      description: 'The group the page lists it under: languages, frameworks, databases, infrastructure or tools.',
    }),
  })
  .meta({ description: 'A technology the role uses.' });

export type TechnologyExport = z.infer<typeof technologyExportSchema>;
