import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, IntegrationResolvedRoute } from 'astro';
import { htmlFiles } from '../lib/io/built-files.ts';
import type { ContentPage } from './content-pages.ts';
import { hasNoindex, searchRecordDate } from './noindex-pages.ts';
import { stylesheetJoiner } from './one-stylesheet.ts';
import { pagePolicies } from './security-headers.ts';
import { checkPages, pageSources } from './seo-check.ts';
import type { BuiltPage } from './seo-rules.ts';

/** The integration's name, by which the benchmark and its test find its hook's time. */
export const finishPagesIntegrationName = 'career-atlas:finish-pages';

/**
 * What happens to every page once it is built, in one read and one write of each (issue 19:
 * five passes, each reading every page again, took 11 s of a 1,000-role build and grew with the pages):
 * - its stylesheets are joined into one file (one-stylesheet.ts);
 * - its Content Security Policy keeps only the hashes of its own inline code, and the site's policies
 *   become dist/_headers (security-headers.ts);
 * - whether it carries noindex, and its search record's date, are noted for the sitemap, which is
 *   written after this hook (so this integration comes before @astrojs/sitemap in astro.config.mjs);
 * - its search record stays: the search index, built once Astro's process has ended, reads it and then
 *   takes it out (src/lib/search/build-search-index.ts);
 * - the SEO check reads it (seo-check.ts), and fails the build on a bad title, description or noindex.
 */
export function finishPages(
  base: string,
  contentPages: ReadonlyMap<string, ContentPage>,
): { integration: AstroIntegration; noindexFiles: Set<string>; dates: Map<string, string> } {
  const prefix = base.replace(/\/?$/, '/');
  const noindexFiles = new Set<string>();
  const dates = new Map<string, string>();
  let routes: IntegrationResolvedRoute[] = [];
  const integration: AstroIntegration = {
    name: finishPagesIntegrationName,
    hooks: {
      'astro:routes:resolved': ({ routes: resolved }) => {
        routes = resolved;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = htmlFiles(root);
        const stylesheets = stylesheetJoiner({
          read: (file) => readFileSync(join(root, file), 'utf8'),
          write: (file, text) => writeFileSync(join(root, file), text),
          remove: (file) => rmSync(join(root, file)),
          fileOf: (href) => (href.startsWith(prefix) ? href.slice(prefix.length) : href.replace(/^\//, '')),
        });
        const policies = pagePolicies();
        const sourceOf = pageSources(root, contentPages, routes);
        let searchable = 0;

        // A generator, so the SEO check reads each page as it is finished and no page is held after it.
        function* finished(): Generator<BuiltPage> {
          for (const file of files) {
            const built = readFileSync(join(root, file), 'utf8');
            if (hasNoindex(built)) noindexFiles.add(file);
            const date = searchRecordDate(built);
            if (date) dates.set(file, date);
            if (built.includes('data-pagefind-body')) searchable += 1;
            const html = policies.page(file, stylesheets.page(built));
            if (html !== built) writeFileSync(join(root, file), html);
            yield { file, html, source: sourceOf(file) };
          }
        }
        checkPages(finished());
        logger.info(`${files.length} pages have one title, description, canonical and h1, unique and within length.`);

        if (searchable === 0) {
          // Without any data-pagefind-body, Pagefind indexes every page whole, header and footer included.
          throw new Error(
            `no page in ${root} has data-pagefind-body — role and guide layouts must pass \`searchable\` to BaseLayout`,
          );
        }
        const { joined, removed } = stylesheets.finish();
        logger.info(
          `${files.length} pages link one stylesheet each: ${joined} joined files, ${removed} split ones removed; ` +
            `${searchable} searchable pages keep their search data for the index`,
        );
        policies.finish(root, logger);
      },
    },
  };
  return { integration, noindexFiles, dates };
}
