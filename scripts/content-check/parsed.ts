import { z } from 'astro/zod';
import { slugId, type ReferenceTo } from '../../src/schemas/common.ts';
import { familySchema } from '../../src/schemas/family.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { skillSchema } from '../../src/schemas/skill.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { statisticsEditionSchema } from '../../src/schemas/statistics.ts';
import { technologySchema } from '../../src/schemas/technology.ts';
import { listFiles, type Collection, type ContentFile } from './load.ts';

/** What a reference can point into. */
export type RefCollection = Parameters<ReferenceTo>[0];

/** A reference as the checker sees it: which collection, which id (Astro's reference() gives the same shape). */
export interface Ref {
  collection: RefCollection;
  id: string;
}

const whereIs = (collection: RefCollection) =>
  collection === 'roles' || collection === 'sources' ? `content/${collection}/` : `content/${listFiles[collection]}`;

const referenceTo: ReferenceTo<z.ZodType<Ref, unknown>> = (collection) =>
  z
    .string({ error: `is not an id — write the id of an entry in ${whereIs(collection)}` })
    .transform((id): Ref => ({ collection, id }));

/** How a list file that is not a list is refused. */
const notAList = (one: string) => ({ error: `is not a list — write one "- id: …" item per ${one}` });

/** The site's own zod schemas (src/schemas/), with references checked against the files on disk. */
export const collectionSchemas = {
  roles: roleSchema(referenceTo),
  guides: guideSchema(referenceTo),
  sources: sourceSchema,
  statistics: statisticsEditionSchema(referenceTo),
  families: z.array(familySchema.extend({ id: slugId }), notAList('family')),
  technologies: z.array(technologySchema.extend({ id: slugId }), notAList('technology')),
  skills: z.array(skillSchema(referenceTo).extend({ id: slugId }), notAList('skill')),
};

/** Each collection's data once it passed its schema: the same types the site reads, derived from the schemas. */
export type ParsedData = { [C in Collection]: z.output<(typeof collectionSchemas)[C]> };

type Valid = { [C in Collection]: { collection: C; file: ContentFile; data: ParsedData[C] } };
type Failed = { [C in Collection]: { collection: C; file: ContentFile; data: undefined } };

/** One content file and, when it passed its schema, its typed data (undefined when it did not). */
export type ParsedContent = Valid[Collection] | Failed[Collection];

type ParsedOf<C extends Collection> = Valid[C] | Failed[C];

/** The entries of one collection that passed their schema, with their typed data. */
export function validOf<C extends Collection>(parsed: readonly ParsedContent[], collection: C): Valid[C][];
export function validOf(parsed: readonly ParsedContent[], collection: Collection): Valid[Collection][] {
  return parsed.flatMap((entry) => (entry.collection === collection && entry.data !== undefined ? [entry] : []));
}

/** Every entry of one collection, passed or failed. */
export const entriesOf = <C extends Collection>(parsed: readonly ParsedContent[], collection: C): ParsedOf<C>[] =>
  parsed.filter((entry): entry is ParsedOf<C> => isOf(entry, collection));

function isOf<C extends Collection>(entry: ParsedContent, collection: C): entry is ParsedOf<C> {
  return entry.collection === collection;
}

/** Validate one file with its collection's schema: the typed entry, and zod's issues when it failed. */
export function parseEntry(file: ContentFile): { entry: ParsedContent; issues: z.core.$ZodIssue[] } {
  const input = file.data ?? {};
  const options = { reportInput: true };
  switch (file.collection) {
    case 'roles':
      return outcome(file, collectionSchemas.roles.safeParse(input, options), (data) => ({
        collection: 'roles',
        file,
        data,
      }));
    case 'guides':
      return outcome(file, collectionSchemas.guides.safeParse(input, options), (data) => ({
        collection: 'guides',
        file,
        data,
      }));
    case 'sources':
      return outcome(file, collectionSchemas.sources.safeParse(input, options), (data) => ({
        collection: 'sources',
        file,
        data,
      }));
    case 'statistics':
      return outcome(file, collectionSchemas.statistics.safeParse(input, options), (data) => ({
        collection: 'statistics',
        file,
        data,
      }));
    case 'families':
      return outcome(file, collectionSchemas.families.safeParse(input, options), (data) => ({
        collection: 'families',
        file,
        data,
      }));
    case 'technologies':
      return outcome(file, collectionSchemas.technologies.safeParse(input, options), (data) => ({
        collection: 'technologies',
        file,
        data,
      }));
    case 'skills':
      return outcome(file, collectionSchemas.skills.safeParse(input, options), (data) => ({
        collection: 'skills',
        file,
        data,
      }));
  }
}

function outcome<T>(
  file: ContentFile,
  result: z.ZodSafeParseResult<T>,
  valid: (data: T) => ParsedContent,
): { entry: ParsedContent; issues: z.core.$ZodIssue[] } {
  return result.success
    ? { entry: valid(result.data), issues: [] }
    : { entry: failedEntry(file), issues: result.error.issues };
}

/** An entry that failed its schema (or could not be read), as a failed entry of its collection. */
export const failedEntry = (file: ContentFile): ParsedContent => ({
  collection: file.collection,
  file,
  data: undefined,
});
