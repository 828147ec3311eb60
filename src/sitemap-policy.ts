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

/** The static noindex pages, plus each content page that is noindex for now (a brief role profile). */
export function noindexFilesFor(pages: Map<string, ContentPage>): Record<string, string> {
  const files: Record<string, string> = { ...noindexFiles };
  for (const page of pages.values()) if (page.noindex) files[builtFiles(page.path)[0]!] = page.noindex;
  return files;
}

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

/** Only HTML pages (directory URLs) that are not noindex: endpoints such as /rss.xml and the images stay out. */
export function isListed(path: string, noindex: Record<string, string> = noindexFiles): boolean {
  return (path === '' || path.endsWith('/')) && !builtFiles(path).some((file) => file in noindex);
}

/** The options for @astrojs/sitemap: the filter above, and lastmod from the content's dates. */
export function sitemapPolicy(pages: Map<string, ContentPage>, base: string) {
  const noindex = noindexFilesFor(pages);
  return {
    filter: (url: string) => isListed(pathUnderBase(url, base), noindex),
    serialize(item: SitemapItem): SitemapItem {
      const date = pages.get(pathUnderBase(item.url, base))?.date;
      return date ? { ...item, lastmod: date.toISOString().slice(0, 10) } : item;
    },
  };
}
