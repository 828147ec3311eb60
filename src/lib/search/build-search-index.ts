import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { htmlFiles } from '../io/built-files.ts';
import { childrenPeakKb } from '../io/child-memory.ts';
import { searchExcluded } from './search-excluded.ts';
import { withoutSearchRecord } from './search-records.ts';

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

export interface SearchIndexResult {
  /** HTML pages Pagefind read: it indexes those with `data-pagefind-body` and skips the rest. */
  pages: number;
  /** Pages whose search record was taken out once Pagefind had read it. */
  stripped: number;
  /** The whole step: Pagefind reading the pages and writing the index, the records taken out meanwhile. */
  ms: number;
  /** The high-water mark of Pagefind's own process, in KB, where the system shows it (Linux). */
  pagefindPeakKb?: number;
}

/**
 * Takes each page's search record out (search-records.ts): Pagefind has read it, and a reader's browser
 * never needs it. Only pages that have one are written again.
 */
function stripSearchRecords(site: string): number {
  let stripped = 0;
  for (const file of htmlFiles(site)) {
    const path = join(site, file);
    const { html, removed } = withoutSearchRecord(readFileSync(path, 'utf8'));
    if (removed === 0) continue;
    writeFileSync(path, html);
    stripped += 1;
  }
  return stripped;
}

/**
 * Builds the search index of a built site into `<site>/pagefind/`, then takes the search records out of its pages.
 * Pages opt in with `data-pagefind-body` (BaseLayout's `searchable` prop); everything else is skipped.
 *
 * `npm run build` runs this in a process of its own once Astro's has ended (scripts/search-index.ts), not in an
 * Astro hook: Pagefind holds the whole index in memory while it works (1.75 GB at 1,000 roles), and inside the
 * build it did so beside Astro's process, which still held 1.6 GB (issue 19).
 */
export async function buildSearchIndex(site: string): Promise<SearchIndexResult> {
  const output = join(site, 'pagefind');
  const started = performance.now();
  try {
    // Repeated page furniture is left out by selector rather than by a data-pagefind-ignore on each of
    // its elements: a long profile has over a hundred note markers, and the attribute cost every one bytes.
    const { index, errors } = await createIndex({ excludeSelectors: [...searchExcluded] });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    // Pagefind has read every page, so their records can come out while its own process writes the index. Both in
    // one Promise.all, so a failure in either is reported and neither is left unawaited.
    const [written, stripped] = await Promise.all([
      index.writeFiles({ outputPath: output }),
      Promise.resolve().then(() => stripSearchRecords(site)),
    ]);
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${output}: ${written.errors.join('; ')}`);
    const ms = performance.now() - started;
    // Read before close() ends Pagefind's process: no one waits for it, so no one is charged for its memory.
    const pagefindPeakKb = childrenPeakKb();
    for (const file of unusedBundles) rmSync(join(output, file), { force: true });
    return { pages: added.page_count, stripped, ms, pagefindPeakKb };
  } finally {
    await close();
  }
}
