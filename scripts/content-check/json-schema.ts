import { z } from 'astro/zod';
import { slugId, type ReferenceTo } from '../../src/schemas/common.ts';
import { familySchema } from '../../src/schemas/family.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { skillSchema } from '../../src/schemas/skill.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { statisticsEditionSchema } from '../../src/schemas/statistics.ts';
import { technologySchema } from '../../src/schemas/technology.ts';

/** The subset of JSON Schema that z.toJSONSchema() produces for the content schemas. */
export interface JsonSchema {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: (string | number)[];
  const?: string | number;
  default?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  /** For a reference: the collection its id points into. */
  'x-collection'?: string;
}

/** References documented as what editors write: the id of an entry in another collection. */
const documentedReference: ReferenceTo = (collection) =>
  z
    .string()
    .transform((id) => ({ id }))
    .meta({ 'x-collection': collection });

/** A collection written as one YAML list: each item is the entry's fields with its id first. */
function listOf<S extends z.ZodObject>(schema: S, idDescription: string) {
  return z.array(
    z.object({ id: slugId.meta({ description: idDescription }), ...schema.shape }).meta({
      description: schema.meta()?.description,
    }),
  );
}

/** The schemas as editors write them, collection by collection, from the zod schemas themselves. */
export const editorSchemas = {
  roles: roleSchema(documentedReference),
  guides: guideSchema(documentedReference),
  sources: sourceSchema,
  statistics: statisticsEditionSchema(documentedReference),
  // The id comes first in each item, as editors write it.
  families: listOf(familySchema, 'The family\'s id, which roles name in "family".'),
  technologies: listOf(
    technologySchema,
    'The technology\'s id, which roles name in "technologies" and its page address uses.',
  ),
  skills: listOf(skillSchema(documentedReference), 'The skill\'s id, which roles name in "skills".'),
};

export type EditorCollection = keyof typeof editorSchemas;

const cache = new Map<EditorCollection, JsonSchema>();

/** The input side of a collection's schema (what is written in the file) as JSON Schema. */
export function jsonSchemaOf(collection: EditorCollection): JsonSchema {
  let schema = cache.get(collection);
  if (!schema) {
    schema = z.toJSONSchema(editorSchemas[collection], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    cache.set(collection, schema);
  }
  return schema;
}

export interface UnknownField {
  path: (string | number)[];
  known: string[];
}

/** Keys the schema does not know: zod drops them silently, so a misspelt field would vanish from the page. */
export function unknownFields(schema: JsonSchema, value: unknown, path: (string | number)[] = []): UnknownField[] {
  if (
    schema.type === 'object' &&
    schema.properties &&
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !(value instanceof Date)
  ) {
    const properties = schema.properties;
    return Object.entries(value).flatMap(([key, item]) =>
      properties[key]
        ? unknownFields(properties[key], item, [...path, key])
        : [{ path: [...path, key], known: Object.keys(properties) }],
    );
  }
  if (schema.type === 'array' && schema.items && Array.isArray(value)) {
    const items = schema.items;
    return value.flatMap((item, index) => unknownFields(items, item, [...path, index]));
  }
  return [];
}

/** The schema of one field, for its description in messages. */
export function fieldSchema(schema: JsonSchema, path: readonly (string | number)[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const key of path) {
    if (!node) return undefined;
    node =
      typeof key === 'number'
        ? node.items
        : node.type === 'array'
          ? node.items?.properties?.[key]
          : node.properties?.[key];
  }
  return node;
}
