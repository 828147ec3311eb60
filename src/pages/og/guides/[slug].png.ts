import type { GetStaticPaths } from 'astro';
import { guideCard } from '../../../lib/og/card.ts';
import { ogImageFile } from '../../../lib/og/card-paths.ts';
import { cardRoutePaths, listedCardGet } from '../../../lib/og/render-io.ts';
import { loadSite } from '../../../lib/content/site-data.ts';
import { siteConfig } from '../../../site.config.ts';

/** A 1200×630 preview image per guide, drawn from the guide's frontmatter (in a build, beside the pages: render-io.ts). */
export const getStaticPaths = (async () => {
  const { guides } = await loadSite();
  const cards = guides.map((guide) => ({
    path: ogImageFile.guide(guide.id),
    params: { slug: guide.id },
    card: guideCard(guide, siteConfig.name),
  }));
  return cardRoutePaths(cards, import.meta.env.DEV);
}) satisfies GetStaticPaths;

export const GET = listedCardGet;
