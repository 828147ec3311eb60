// The search index of a built site, in a process of its own: `npm run build` (scripts/build.ts) starts it once
// Astro's process has ended, so Pagefind's memory and Astro's are never held at the same time.
// Usage: node scripts/search-index.ts <built site folder> [--timings <file.json>]
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/lib/search/build-search-index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { timings: { type: 'string' } },
});
const site = positionals[0];
if (!site || positionals.length > 1) {
  console.error('usage: node scripts/search-index.ts <built site folder> [--timings <file.json>]');
  process.exit(2);
}
if (!existsSync(site)) {
  console.error(`search index: ${site} does not exist; build the site first (npm run build)`);
  process.exit(2);
}
try {
  const { pages, stripped, ms, pagefindPeakKb } = await buildSearchIndex(site);
  const peak = pagefindPeakKb === undefined ? '' : `; Pagefind's peak ${Math.round(pagefindPeakKb / 1024)} MB`;
  console.log(
    `search index: ${pages} pages read, the searchable ones indexed into ${site}/pagefind/ in ${Math.round(ms)} ms; ` +
      `search records taken out of ${stripped} pages${peak}`,
  );
  if (values.timings) {
    writeFileSync(values.timings, JSON.stringify({ ms, pages, stripped, pagefindPeakKb }));
  }
} catch (error) {
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
