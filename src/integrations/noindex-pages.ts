import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

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

/**
 * Which built pages carry noindex, read from dist/ after the build: a page decides that itself (a brief
 * role profile does, from its data), and the sitemap, which is written after this hook, leaves them out.
 * Listed before @astrojs/sitemap in astro.config.mjs, because hooks run in that order. The same pass keeps
 * each page's search-record date (`dates`, by file), the sitemap's lastmod for pages no content file names.
 */
export function noindexPages(): { integration: AstroIntegration; files: Set<string>; dates: Map<string, string> } {
  const files = new Set<string>();
  const dates = new Map<string, string>();
  const integration: AstroIntegration = {
    name: 'career-atlas:noindex-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!name.endsWith('.html')) continue;
          const file = name.split('\\').join('/');
          const html = readFileSync(join(root, name), 'utf8');
          if (hasNoindex(html)) files.add(file);
          const date = searchRecordDate(html);
          if (date) dates.set(file, date);
        }
      },
    },
  };
  return { integration, files, dates };
}
