import type { APIRoute, GetStaticPaths } from 'astro';
import { roleCard } from '../../../lib/og/card.ts';
import { cardResponse } from '../../../lib/og/render-io.ts';
import { loadSite } from '../../../lib/content/site-data.ts';
import type { Role } from '../../../lib/model/role-types.ts';
import { siteConfig } from '../../../site.config.ts';

/** A 1200×630 preview image per role, drawn at build time from the role's data. */
export const getStaticPaths = (async () => {
  const { roles } = await loadSite();
  return [...roles.values()].map((role) => ({ params: { slug: role.id }, props: { role } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, url }) => {
  return cardResponse(roleCard((props as { role: Role }).role, siteConfig.name), url.pathname);
};
