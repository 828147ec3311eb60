import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import type { ReferenceTo } from './schemas/common.ts';
import { familySchema } from './schemas/family.ts';
import { guideSchema } from './schemas/guide.ts';
import {
  onetCategorySchema,
  onetElementSchema,
  onetJobZoneSchema,
  onetOccupationSchema,
  onetReleaseSchema,
  onetScaleSchema,
} from './schemas/onet.ts';
import { roleSchema } from './schemas/role.ts';
import { skillSchema } from './schemas/skill.ts';
import { sourceSchema } from './schemas/source.ts';
import { statisticsEditionSchema } from './schemas/statistics.ts';
import { technologySchema } from './schemas/technology.ts';

// Content lives at the repository root so editors only ever touch content/.
// CONTENT_DIR points the build at another copy (tests build deliberately broken ones).
const contentRoot = process.env.CONTENT_DIR ?? './content';

/**
 * A source id may name a file in content/sources/ or an edition in content/statistics/, which Astro's
 * reference() (one collection) cannot express; src/lib/content/site-data.ts resolves both and fails the build
 * with the file and field when an id names neither.
 */
// A plain { id }: an object with a collection would be taken for a reference to content/sources/ alone.
const citable = z.string().transform((id) => ({ id }));
const ref: ReferenceTo<ReturnType<typeof reference> | typeof citable> = (collection) =>
  collection === 'sources' ? citable : reference(collection);

const roles = defineCollection({
  // A role's MDX body is not kept in the content store: pages render from the compiled file, and the one thing the
  // site reads from the raw text, the order of its citations, is read from the file once (site-data.ts). Kept, the
  // bodies were about 39 KB of the build's memory a role (issue 19).
  loader: glob({ pattern: '*.mdx', base: `${contentRoot}/roles`, retainBody: false }),
  schema: roleSchema(ref),
});

const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentRoot}/guides` }),
  schema: guideSchema(ref),
});

const sources = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentRoot}/sources` }),
  schema: sourceSchema,
});

// One file per published edition of an official dataset; roles reach its figures through their codes.
const statistics = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentRoot}/statistics` }),
  schema: statisticsEditionSchema(ref),
});

const families = defineCollection({
  loader: file(`${contentRoot}/families.yaml`),
  schema: familySchema,
});

// Technologies and skills are short entries that roles name by id: one file each, like families,
// so editors see every name at once and reuse one instead of writing a near-duplicate.
const technologies = defineCollection({
  loader: file(`${contentRoot}/technologies.yaml`),
  schema: technologySchema,
});

const skills = defineCollection({
  loader: file(`${contentRoot}/skills.yaml`),
  schema: skillSchema(ref),
});

// O*NET, as written by "npm run import:onet": the release, one file per occupation (id = its O*NET-SOC code,
// kept whole: the default id would drop the dot of "15-1252.00"), and the reference tables.
const onetDir = `${contentRoot}/onet`;
const onetRelease = defineCollection({
  loader: glob({ pattern: 'release.yaml', base: onetDir, generateId: () => 'release' }),
  schema: onetReleaseSchema,
});
const onetOccupations = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: `${onetDir}/occupations`,
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: onetOccupationSchema,
});
/** A reference table is a YAML list; rows without an `id` get one from `key`. */
const onetTable = (name: string, key: (row: Record<string, unknown>) => string) =>
  file(`${onetDir}/reference/${name}.yaml`, {
    parser: (text) => (parseYaml(text) as Record<string, unknown>[]).map((row) => ({ id: key(row), ...row })),
  });
const onetElements = defineCollection({
  loader: onetTable('elements', (r) => String(r.id)),
  schema: onetElementSchema,
});
const onetScales = defineCollection({ loader: onetTable('scales', (r) => String(r.id)), schema: onetScaleSchema });
const onetJobZones = defineCollection({
  loader: onetTable('job-zones', (r) => String(r.zone)),
  schema: onetJobZoneSchema,
});
const onetCategories = defineCollection({
  loader: onetTable('education-categories', (r) => `${String(r.scale)}-${String(r.category)}`),
  schema: onetCategorySchema,
});

export const collections = {
  roles,
  guides,
  sources,
  statistics,
  families,
  technologies,
  skills,
  onetRelease,
  onetOccupations,
  onetElements,
  onetScales,
  onetJobZones,
  onetCategories,
};
