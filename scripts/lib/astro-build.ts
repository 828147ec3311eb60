// Runs `astro build` for a project with its own output and cache folders, then its search index as `npm run build`
// does (src/lib/search/build-search-index.ts), and reports timings.
// Usage: node scripts/lib/astro-build.ts --root <project> --out <dir> --cache <dir> [--timings <file.json>] [--no-index]
// --no-index leaves the index to the caller: the benchmark runs scripts/search-index.ts in a process of its own,
// as `npm run build` does, so that each step's memory is measured alone.
// Astro's default cache (node_modules/.astro, where the content layer keeps its data store) would
// otherwise be shared by every build that uses the same node_modules: the benchmark's copies and the
// reproducibility check must neither read another build's cache nor leave theirs behind.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../../src/lib/search/build-search-index.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '.' },
    out: { type: 'string' },
    cache: { type: 'string' },
    timings: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    'no-index': { type: 'boolean', default: false },
  },
});
if (!values.out || !values.cache) {
  console.error('astro-build: --out and --cache are required');
  process.exit(2);
}

/**
 * Marks when the pages are written (astro:build:generated) and when the last build:done hook ends,
 * so the benchmark can tell page generation from the work integrations do afterwards (search index,
 * sitemap, _headers). Added last, its build:done hook runs after every other integration's.
 */
const marks: Record<string, number> = {};
/** Each integration's build:done hook's own time, by integration name, in the order they ran. */
const doneHooksMs: Record<string, number> = {};
const timer: AstroIntegration = {
  name: 'bench-timer',
  hooks: {
    // Wraps every integration's build:done hook in a stopwatch: they run one after another, so the time
    // after the pages splits into the search index, the sitemap, the checks and the rewrites of each page.
    'astro:config:setup': ({ config }) => {
      for (const integration of config.integrations) {
        const done = integration.hooks['astro:build:done'];
        if (!done || integration.name === 'bench-timer') continue;
        integration.hooks['astro:build:done'] = async (options) => {
          const started = performance.now();
          await done(options);
          doneHooksMs[integration.name] = performance.now() - started;
        };
      }
    },
    'astro:build:start': () => {
      marks.buildStart = performance.now();
    },
    'astro:build:generated': () => {
      marks.generated = performance.now();
    },
    'astro:build:done': () => {
      marks.done = performance.now();
    },
  },
};

const started = performance.now();
await build({
  root: resolve(values.root),
  outDir: resolve(values.out),
  cacheDir: resolve(values.cache),
  logLevel: values.quiet ? 'error' : 'info',
  integrations: [timer],
});
const ended = performance.now();
const searchIndex = values['no-index'] ? undefined : await buildSearchIndex(resolve(values.out));
if (values.timings) {
  writeFileSync(
    values.timings,
    JSON.stringify({
      totalMs: ended - started,
      untilGeneratedMs: (marks.generated ?? ended) - started,
      afterGeneratedMs: (marks.done ?? ended) - (marks.generated ?? ended),
      doneHooksMs,
      searchIndexMs: searchIndex?.ms,
      maxRssKb: process.resourceUsage().maxRSS,
    }),
  );
}
