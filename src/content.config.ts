import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { familySchema } from './schemas/family.ts';
import { guideSchema } from './schemas/guide.ts';
import { roleSchema } from './schemas/role.ts';
import { sourceSchema } from './schemas/source.ts';

// Content lives at the repository root so editors only ever touch content/.
// CONTENT_DIR points the build at another copy (tests build deliberately broken ones).
const contentRoot = process.env.CONTENT_DIR ?? './content';

const roles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentRoot}/roles` }),
  schema: roleSchema(reference),
});

const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentRoot}/guides` }),
  schema: guideSchema(reference),
});

const sources = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentRoot}/sources` }),
  schema: sourceSchema,
});

const families = defineCollection({
  loader: file(`${contentRoot}/families.yaml`),
  schema: familySchema,
});

export const collections = { roles, guides, sources, families };
