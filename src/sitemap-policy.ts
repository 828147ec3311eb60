// What the sitemap lists and what it says about each page. Wired into @astrojs/sitemap in astro.config.mjs.
import type { SitemapItem } from '@astrojs/sitemap';
import type { ContentPage } from './integrations/content-pages.ts';

/**
 * Pages kept out of search results, by their file in dist/: each one carries
 * <meta name="robots" content="noindex"> (BaseLayout's `noindex` prop), and the build check
 * (src/integrations/seo-check.ts) fails when the pages and this list disagree.
 */
export const noindexFiles: Record<string, string> = {
  '404.html': 'the "page not found" page',
  'search/index.html': 'search results would only repeat pages that are already listed',
};

/** The files in dist/ a page path can be built as: "search/" is search/index.html, "404/" is 404.html. */
export function builtFiles(path: string): string[] {
  return path === '' ? ['index.html'] : [`${path.replace(/\/?$/, '/')}index.html`, `${path.replace(/\/$/, '')}.html`];
}

/** The page's path under the base path ("roles/cto/"), from an absolute URL. */
export function pathUnderBase(url: string, base: string): string {
  const pathname = decodeURIComponent(new URL(url).pathname);
  const prefix = base.replace(/\/?$/, '/');
  return pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, '');
}

/**
 * Only HTML pages (directory URLs) that are not noindex: endpoints such as /rss.xml and the images stay
 * out, and so does any page whose built file carries noindex (`noindexBuilt`: a brief role profile).
 */
export function isListed(path: string, noindexBuilt: ReadonlySet<string> = new Set()): boolean {
  return (
    (path === '' || path.endsWith('/')) &&
    !builtFiles(path).some((file) => file in noindexFiles || noindexBuilt.has(file))
  );
}

/** The attribute a role page carries while it is a brief profile, and so noindex (src/components/role/BriefProfile.astro). */
export const briefProfileAttribute = 'data-brief-profile';

/**
 * The options for @astrojs/sitemap: the filter above, and lastmod from the content's dates, else from the
 * built page's search record (`builtDates`, by file: a technology page O*NET alone gives the site).
 * `noindexBuilt` and `builtDates` are filled after the build (src/integrations/noindex-pages.ts), before
 * the sitemap is written.
 */
export function sitemapPolicy(
  pages: Map<string, ContentPage>,
  base: string,
  noindexBuilt: ReadonlySet<string> = new Set(),
  builtDates: ReadonlyMap<string, string> = new Map(),
) {
  return {
    filter: (url: string) => isListed(pathUnderBase(url, base), noindexBuilt),
    serialize(item: SitemapItem): SitemapItem {
      const path = pathUnderBase(item.url, base);
      const lastmod =
        pages.get(path)?.date?.toISOString().slice(0, 10) ??
        builtFiles(path)
          .map((file) => builtDates.get(file))
          .find(Boolean);
      return lastmod ? { ...item, lastmod } : item;
    },
  };
}
