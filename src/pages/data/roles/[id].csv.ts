import type { APIRoute, GetStaticPaths } from 'astro';
import { siteUrl } from '../../../lib/page/canonical.ts';
import { figuresCsv } from '../../../lib/open-data/csv.ts';
import { csvResponse } from '../../../lib/open-data/responses.ts';
import { loadOpenData } from '../../../lib/open-data/site-export.ts';
import { loadSite } from '../../../lib/content/site-data.ts';

/** /data/roles/<id>.csv: the rows of figures.csv for one role page. */
export const getStaticPaths = (async () => {
  const { roles } = await loadSite();
  return [...roles.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const data = await loadOpenData(siteUrl(context));
  return csvResponse(figuresCsv(data.rows(data.profile(context.params.id!))));
};
