import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { searchExcluded } from '../lib/search/search-excluded.ts';
import { servePagefindFromLastBuild } from './pagefind-dev.ts';

/**
 * Pagefind's prebuilt UIs. The site talks to the JS API (`pagefind.js`) with its own
 * small UI, so these are never loaded; removing them keeps ~430 KB out of every deploy.
 */
const unusedBundles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The integration's name, by which the benchmark finds its hook's time. */
export const pagefindIntegrationName = 'career-atlas:pagefind';

/**
 * Builds the search index right after Astro writes the site, so `npm run build`
 * cannot ship pages without their index. Pages opt in with `data-pagefind-body`
 * (BaseLayout's `searchable` prop); everything else on the site is skipped. It reads the pages as
 * rendered, search records included: the pass after it (finish-pages.ts) takes those out.
 *
 * In `astro dev` the index of the last build is served from the output folder (never
 * copied into public/, where it would go stale and ship); without one, the search UI
 * says how to get it.
 */
export default function pagefind(): AstroIntegration {
  let outDir: string | undefined;
  let base = '/';
  return {
    name: pagefindIntegrationName,
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!outDir) return;
        server.middlewares.use(servePagefindFromLastBuild({ outDir, base, logger }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = join(site, 'pagefind');
        const started = performance.now();
        try {
          // Repeated page furniture is left out by selector rather than by a data-pagefind-ignore on each of
          // its elements: a long profile has over a hundred note markers, and the attribute cost every one bytes.
          const { index, errors } = await createIndex({ excludeSelectors: [...searchExcluded] });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: output });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write ${output}: ${written.errors.join('; ')}`);
          await Promise.all(unusedBundles.map((file) => rm(join(output, file), { force: true })));
          logger.info(
            `indexed ${added.page_count} pages into ${join(base, 'pagefind/')} in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
