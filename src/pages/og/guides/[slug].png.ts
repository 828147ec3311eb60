import type { APIRoute, GetStaticPaths } from 'astro';
import { guideCard } from '../../../lib/og/card.ts';
import { cardResponse } from '../../../lib/og/render-io.ts';
import { loadSite } from '../../../lib/content/site-data.ts';
import type { GuideEntry } from '../../../lib/model/entries.ts';
import { siteConfig } from '../../../site.config.ts';

/** A 1200×630 preview image per guide, drawn at build time from the guide's frontmatter. */
export const getStaticPaths = (async () => {
  const { guides } = await loadSite();
  return guides.map((guide) => ({ params: { slug: guide.id }, props: { guide } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, url }) => {
  return cardResponse(guideCard((props as { guide: GuideEntry }).guide, siteConfig.name), url.pathname);
};
