import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { servePagefindFromLastBuild } from './pagefind-dev.ts';

/**
 * Search in `astro dev`: the index of the last build is served from the output folder (never copied into
 * public/, where it would go stale and ship); without one, the search UI says how to get it.
 *
 * The index itself is not built in an Astro hook. `npm run build` builds it once Astro's process has ended
 * (scripts/search-index.ts), so Pagefind's memory and Astro's are never held at the same time (issue 19).
 */
export default function pagefind(): AstroIntegration {
  let outDir: string | undefined;
  let base = '/';
  return {
    name: 'career-atlas:pagefind-dev',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!outDir) return;
        server.middlewares.use(servePagefindFromLastBuild({ outDir, base, logger }));
      },
    },
  };
}
