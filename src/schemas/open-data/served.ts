import { z } from 'astro/zod';
import { figureRowSchema, figuresFileSchema } from './figure-row.ts';
import { roleProfileSchema } from './role-profile.ts';

/**
 * The JSON Schemas served under /data/schema/, each generated from the zod schema the build parses its
 * file through: role.schema.json for /data/roles/<id>.json, figures.schema.json for /data/figures.json,
 * figure-row.schema.json for one row of the CSV files (and of the "figures" list).
 */
export const servedSchemas = {
  role: roleProfileSchema,
  figures: figuresFileSchema,
  'figure-row': figureRowSchema,
} as const;

export type SchemaName = keyof typeof servedSchemas;
export const schemaNames = Object.keys(servedSchemas) as SchemaName[];

/** The JSON Schema of one served file, with `$id` set to the address it is served at. */
export function jsonSchemaOf(name: SchemaName, id: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(servedSchemas[name]);
  return { $schema, $id: id, ...rest };
}
