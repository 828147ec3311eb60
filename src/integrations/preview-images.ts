import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { activeCardCache, CardCache, setCardCache, unusedLifetimeMs } from '../lib/og/card-cache-io.ts';
import { CardDrawer } from '../lib/og/card-drawer.ts';

/** Where a build says which preview images it drew and which it reused (read by tests and benchmarks). */
export const reportFile = 'last-build.json';

/**
 * Keeps the 1200×630 preview images between builds, in `og/` under Astro's cache folder
 * (node_modules/.astro/ unless `cacheDir` says otherwise), so a build draws only the cards whose
 * drawing changed. The build log and `last-build.json` in that folder say how many were drawn and reused.
 * Role and guide cards are drawn in a worker thread while the pages render and copied into the output once
 * they are written (`cardRoutePaths` in src/lib/og/render-io.ts).
 */
export function previewImages(): AstroIntegration {
  let dir = '';
  let drawer: CardDrawer | undefined;
  return {
    name: 'career-atlas:preview-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        dir = join(fileURLToPath(config.cacheDir), 'og');
      },
      'astro:build:start': () => {
        drawer = new CardDrawer();
        setCardCache(new CardCache(dir, drawer.draw));
      },
      'astro:build:done': async ({ dir: outDir, logger }) => {
        const cache = activeCardCache();
        setCardCache(undefined);
        if (!cache) return;
        try {
          await cache.copyLater(fileURLToPath(outDir));
        } finally {
          await drawer?.close();
        }
        const report = cache.report();
        const removed = await cache.prune();
        if (report.drawn.length + report.reused.length > 0)
          await writeFile(join(dir, reportFile), `${JSON.stringify(report, null, 2)}\n`);
        logger.info(
          `${report.drawn.length + report.reused.length} preview images: ${report.drawn.length} drawn, ` +
            `${report.reused.length} reused from ${relative(process.cwd(), dir) || dir}` +
            (removed > 0 ? `; ${removed} unused for ${unusedLifetimeMs / 86_400_000} days deleted` : ''),
        );
      },
    },
  };
}
