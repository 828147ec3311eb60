import type { APIRoute } from 'astro';
import { siteUrl } from '../../lib/page/canonical.ts';
import { figuresJsonParts } from '../../lib/open-data/figure-files.ts';
import { jsonPartsResponse } from '../../lib/open-data/responses.ts';
import { loadOpenData } from '../../lib/open-data/site-export.ts';

/** /data/figures.json: every pay and outlook figure, one row per figure per role page (figures.schema.json). */
export const GET: APIRoute = async (context) =>
  jsonPartsResponse(figuresJsonParts(await loadOpenData(siteUrl(context))));
