import { siteConfig } from '../../site.config.ts';
import { loadSite } from '../content/site-data.ts';
import { breadcrumbListJsonLd } from '../jsonld/breadcrumb-list.ts';
import type { JsonLd } from '../jsonld/serialize.ts';
import { websiteJsonLd } from '../jsonld/website.ts';
import { cardAlt, cardSize, siteCard, siteCounts } from '../og/card.ts';
import { ogImagePath } from '../og/card-paths.ts';
import { canonicalUrl, siteUrl } from '../page/canonical.ts';
import { headTags, type PageMeta } from '../page/head.ts';
import type { Crumb } from '../page/trail.ts';
import { sitePath } from '../page/urls.ts';

export interface PageHeadInput {
  title: string;
  description: string;
  type: PageMeta['type'];
  breadcrumbs?: Crumb[] | undefined;
  noindex?: boolean | undefined;
  /** The page's preview image; pages without their own get the site card. */
  image?: PageMeta['image'] | undefined;
  /** Page-specific structured data (Occupation, Article); undefined entries are skipped. */
  jsonLd: (JsonLd | undefined)[];
}

/**
 * What every page's <head> holds, derived together so canonical, Open Graph, Twitter and JSON-LD
 * cannot disagree: the tags, and the structured data (the site, the breadcrumb trail, the page's own).
 */
export async function pageHead(input: PageHeadInput, astro: { site?: URL; url: URL }) {
  const site = siteUrl(astro);
  const absolute = (path: string) => new URL(path, site);
  const meta: PageMeta = {
    title: input.title,
    description: input.description,
    canonical: canonicalUrl(astro),
    siteName: siteConfig.name,
    type: input.type,
    image: input.image ?? {
      url: absolute(ogImagePath.site()),
      ...cardSize,
      alt: cardAlt(siteCard(siteConfig, siteCounts(await loadSite()))),
    },
    noindex: input.noindex,
    feed: { title: `${siteConfig.name}: guides`, url: absolute(sitePath('rss.xml')) },
  };
  // Every page describes the site; nested pages add their breadcrumb trail, built from the visible one.
  const structuredData = [
    websiteJsonLd({
      name: siteConfig.name,
      description: siteConfig.description,
      home: absolute(sitePath()),
      search: absolute(sitePath('search/')),
    }),
    input.breadcrumbs && breadcrumbListJsonLd(input.breadcrumbs, site),
    ...input.jsonLd,
  ].filter((data): data is JsonLd => data !== undefined);
  return { meta, tags: headTags(meta), structuredData };
}
