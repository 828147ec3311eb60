// What the pass over the built pages (finish-pages.ts) reads from each page for the sitemap, before it
// takes the search record out.

/** A page's robots meta tag says noindex. */
export const hasNoindex = (html: string) =>
  /<meta\b[^>]*\bname=["']?robots["']?[^>]*\bcontent=["'][^"']*\bnoindex/i.test(html) ||
  /<meta\b[^>]*\bcontent=["'][^"']*\bnoindex[^"']*["'][^>]*\bname=["']?robots/i.test(html);

/**
 * The date a page's search record sorts it by ("updated"), written by SearchData.astro: the newest content
 * a generated page (a technology, a comparison) is built from. Read before Pagefind takes the record out.
 */
export const searchRecordDate = (html: string): string | undefined =>
  /<span data-pagefind-sort="updated">(\d{4}-\d{2}-\d{2})<\/span>/.exec(html)?.[1];
