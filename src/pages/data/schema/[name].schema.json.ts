import type { APIRoute, GetStaticPaths } from 'astro';
import { siteUrl } from '../../../lib/page/canonical.ts';
import { dataPaths } from '../../../lib/open-data/download-paths.ts';
import { jsonResponse } from '../../../lib/open-data/responses.ts';
import { sitePath } from '../../../lib/page/urls.ts';
import { jsonSchemaOf, schemaNames, type SchemaName } from '../../../schemas/open-data/served.ts';

/** /data/schema/<name>.schema.json: JSON Schema generated from the zod schema each data file is parsed through. */
export const getStaticPaths = (() => schemaNames.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = (context) => {
  const name = context.params.name as SchemaName;
  return jsonResponse(jsonSchemaOf(name, new URL(sitePath(dataPaths.schema(name)), siteUrl(context)).href));
};
