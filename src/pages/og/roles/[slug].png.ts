import type { GetStaticPaths } from 'astro';
import { roleCard } from '../../../lib/og/card.ts';
import { ogImageFile } from '../../../lib/og/card-paths.ts';
import { cardRoutePaths, listedCardGet } from '../../../lib/og/render-io.ts';
import { loadSite } from '../../../lib/content/site-data.ts';
import { siteConfig } from '../../../site.config.ts';

/** A 1200×630 preview image per role, drawn from the role's data (in a build, beside the pages: render-io.ts). */
export const getStaticPaths = (async () => {
  const { roles } = await loadSite();
  const cards = [...roles.values()].map((role) => ({
    path: ogImageFile.role(role.id),
    params: { slug: role.id },
    card: roleCard(role, siteConfig.name),
  }));
  return cardRoutePaths(cards, import.meta.env.DEV);
}) satisfies GetStaticPaths;

export const GET = listedCardGet;
