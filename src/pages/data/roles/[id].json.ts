import type { APIRoute, GetStaticPaths } from 'astro';
import { siteUrl } from '../../../lib/page/canonical.ts';
import { jsonResponse } from '../../../lib/open-data/responses.ts';
import { loadOpenData } from '../../../lib/open-data/site-export.ts';
import { loadSite } from '../../../lib/content/site-data.ts';

/** /data/roles/<id>.json: one role profile, resolved as its page shows it (role.schema.json). */
export const getStaticPaths = (async () => {
  const { roles } = await loadSite();
  return [...roles.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const data = await loadOpenData(siteUrl(context));
  return jsonResponse(data.profile(context.params.id!));
};
