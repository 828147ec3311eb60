import type { APIRoute } from 'astro';
import { siteCard, siteCounts } from '../../lib/og/card.ts';
import { cardResponse } from '../../lib/og/render-io.ts';
import { loadSite } from '../../lib/content/site-data.ts';
import { siteConfig } from '../../site.config.ts';

/** The preview image for every page that is not a role or a guide. */
export const GET: APIRoute = async ({ url }) => {
  return cardResponse(siteCard(siteConfig, siteCounts(await loadSite())), url.pathname);
};
