import type { APIRoute } from 'astro';
import { siteUrl } from '../../lib/page/canonical.ts';
import { figuresCsvParts } from '../../lib/open-data/figure-files.ts';
import { csvPartsResponse } from '../../lib/open-data/responses.ts';
import { loadOpenData } from '../../lib/open-data/site-export.ts';

/** /data/figures.csv: the rows of figures.json, one column per field of figure-row.schema.json. */
export const GET: APIRoute = async (context) => csvPartsResponse(figuresCsvParts(await loadOpenData(siteUrl(context))));
