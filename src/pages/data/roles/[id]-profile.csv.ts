import type { APIRoute, GetStaticPaths } from 'astro';
import { siteUrl } from '../../../lib/page/canonical.ts';
import { profileCsv } from '../../../lib/open-data/profile-csv.ts';
import { csvResponse } from '../../../lib/open-data/responses.ts';
import { loadOpenData } from '../../../lib/open-data/site-export.ts';
import { loadSite } from '../../../lib/content/site-data.ts';

/** /data/roles/<id>-profile.csv: a role's duties, skills, technologies and education, one row per item. */
export const getStaticPaths = (async () => {
  const { roles } = await loadSite();
  return [...roles.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const data = await loadOpenData(siteUrl(context));
  return csvResponse(profileCsv(data.profile(context.params.id!)));
};
