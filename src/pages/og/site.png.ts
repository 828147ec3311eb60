import type { APIRoute } from 'astro';
import { siteCard, siteCounts } from '../../lib/og/card.ts';
import { ogImageFile } from '../../lib/og/card-paths.ts';
import { cardResponse } from '../../lib/og/render-io.ts';
import { loadSite } from '../../lib/content/site-data.ts';
import { siteConfig } from '../../site.config.ts';

/** The preview image for every page that is not a role or a guide. */
export const GET: APIRoute = async () => {
  return cardResponse(siteCard(siteConfig, siteCounts(await loadSite())), ogImageFile.site());
};
