// Search benchmark: index size on disk, bytes fetched for a first query, and the time from
// the last keystroke to results on screen in Chromium (median of several queries).
// Usage: npm run build && npm run bench:search   (BENCH_PORT=4399 by default; RUNS=3 per query)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { chromium, type Page } from 'playwright';
import { chromiumArgs } from '../playwright.config.ts';

const root = new URL('..', import.meta.url);
const dist = join(root.pathname, 'dist');
const index = join(dist, 'pagefind');
const port = Number(process.env.BENCH_PORT ?? process.env.TEST_PORT ?? 4399);
const runs = Number(process.env.RUNS ?? 3);
const queries = [
  'postgres',
  'backend engineer',
  'salary',
  'devops',
  'python',
  'manager',
  'remote work',
  'certification',
];

if (!existsSync(join(index, 'pagefind.js'))) {
  console.error(`bench:search: no search index in ${index} — run "npm run build" first`);
  process.exit(1);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Every file under the index folder, with its size and gzip size, grouped by what it is. */
function indexOnDisk() {
  const groups = new Map<string, { files: number; bytes: number; gzip: number }>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const group = /\.(pf_index|pf_meta|pf_filter)$/.test(name)
          ? 'index chunks, filters and metadata'
          : name.endsWith('.pf_fragment')
            ? 'page fragments (excerpts, metadata)'
            : 'Pagefind runtime (pagefind.js, worker, WebAssembly)';
        const body = readFileSync(path);
        const entry = groups.get(group) ?? { files: 0, bytes: 0, gzip: 0 };
        // Pagefind's own index files are already compressed; gzip matters for the runtime.
        groups.set(group, {
          files: entry.files + 1,
          bytes: entry.bytes + body.length,
          gzip: entry.gzip + gzipSync(body).length,
        });
      }
    }
  };
  walk(index);
  return groups;
}

/** Bytes the browser received (as served, and gzipped as a typical host would) between start() and stop(). */
function countBytes(page: Page) {
  const bodies: Promise<{ url: string; bytes: number; gzip: number }>[] = [];
  let on = false;
  page.on('response', (response) => {
    if (!on || response.status() !== 200) return;
    bodies.push(
      response
        .body()
        .then((body) => ({ url: new URL(response.url()).pathname, bytes: body.length, gzip: gzipSync(body).length }))
        .catch(() => ({ url: response.url(), bytes: 0, gzip: 0 })),
    );
  });
  return {
    start: () => void (on = true),
    stop: async () => {
      on = false;
      const all = await Promise.all(bodies);
      return {
        requests: all.length,
        bytes: all.reduce((t, r) => t + r.bytes, 0),
        gzip: all.reduce((t, r) => t + r.gzip, 0),
        urls: all.map((r) => r.url),
      };
    },
  };
}

/**
 * Types `query` and resolves with the milliseconds from the last keystroke's input event
 * to the moment `doneWhen` first holds (checked on every DOM change, in the page).
 */
async function keystrokeToResults(page: Page, inputSelector: string, query: string, doneWhen: string): Promise<number> {
  const input = page.locator(inputSelector);
  await input.fill('');
  await page.waitForTimeout(400);
  await page.evaluate(
    ({ inputSelector, doneWhen }) => {
      const w = window as unknown as { benchStart?: number; benchEnd?: Promise<number> };
      const field = document.querySelector(inputSelector)!;
      const done = new Function(`return (${doneWhen})`) as () => boolean;
      field.addEventListener('input', () => (w.benchStart = performance.now()));
      w.benchEnd = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (w.benchStart !== undefined && done()) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });
    },
    { inputSelector, doneWhen: doneWhen.replaceAll('QUERY', JSON.stringify(query)) },
  );
  await input.pressSequentially(query, { delay: 40 });
  return page.evaluate(async () => {
    const w = window as unknown as { benchStart: number; benchEnd: Promise<number> };
    return (await w.benchEnd) - w.benchStart;
  });
}

const pageDone = `document.querySelector('#search-results').getAttribute('aria-busy') === 'false' && document.querySelector('#search-status').textContent.includes('“' + QUERY + '”')`;
const headerDone = `document.querySelector('site-search [role=status]')?.textContent !== '' && document.querySelector('#site-search-results a[role=option]:last-child')?.textContent.includes('“' + QUERY + '”')`;

const server = await preview({ root: root.pathname, logLevel: 'error', server: { host: '127.0.0.1', port } });
const base = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: chromiumArgs,
});

try {
  // 1. First query from a role page's header box: everything fetched after the page has loaded.
  const rolePage = await (await browser.newContext()).newPage();
  await rolePage.goto(`${base}/roles/backend-developer/`, { waitUntil: 'networkidle' });
  const headerBytes = countBytes(rolePage);
  headerBytes.start();
  const headerFirst = await keystrokeToResults(rolePage, '#site-search', 'postgres', headerDone);
  await rolePage.waitForLoadState('networkidle');
  const header = await headerBytes.stop();

  // 2. First query on /search/: the page itself, the search code and the index, from a cold cache.
  const searchPage = await (await browser.newContext()).newPage();
  const pageBytes = countBytes(searchPage);
  pageBytes.start();
  await searchPage.goto(`${base}/search/`, { waitUntil: 'networkidle' });
  const pageFirst = await keystrokeToResults(searchPage, '#search-input', 'postgres', pageDone);
  await searchPage.waitForLoadState('networkidle');
  const pageLoad = await pageBytes.stop();

  // 3. Keystroke to results, several queries, several runs each.
  const pageTimes: number[] = [];
  const headerTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const query of queries) {
      pageTimes.push(await keystrokeToResults(searchPage, '#search-input', query, pageDone));
      await rolePage.goto(`${base}/roles/backend-developer/`);
      await rolePage.locator('#site-search').focus();
      headerTimes.push(await keystrokeToResults(rolePage, '#site-search', query, headerDone));
    }
  }

  const disk = indexOnDisk();
  const total = [...disk.values()].reduce(
    (t, g) => ({ bytes: t.bytes + g.bytes, gzip: t.gzip + g.gzip, files: t.files + g.files }),
    { bytes: 0, gzip: 0, files: 0 },
  );
  const rows: [string, string][] = [
    [`Index on disk, dist/pagefind (${total.files} files)`, `${kb(total.bytes)} (${kb(total.gzip)} gzipped)`],
    ...[...disk].map(([group, g]): [string, string] => [
      `  ${group} (${g.files})`,
      `${kb(g.bytes)} (${kb(g.gzip)} gzipped)`,
    ]),
    [
      `First query, header box on a role page (${header.requests} requests)`,
      `${kb(header.bytes)} (${kb(header.gzip)} gzipped)`,
    ],
    [
      `First query on /search/, page included (${pageLoad.requests} requests)`,
      `${kb(pageLoad.bytes)} (${kb(pageLoad.gzip)} gzipped)`,
    ],
    ['Last keystroke → results, /search/, first query (cold)', `${Math.round(pageFirst)} ms`],
    [`Last keystroke → results, /search/, median of ${pageTimes.length}`, `${Math.round(median(pageTimes))} ms`],
    ['Last keystroke → results, header box, first query (cold)', `${Math.round(headerFirst)} ms`],
    [`Last keystroke → results, header box, median of ${headerTimes.length}`, `${Math.round(median(headerTimes))} ms`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const memory = `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`;
  console.log(`\nSearch benchmark — ${new Date().toISOString().slice(0, 10)}, Chromium ${browser.version()}`);
  console.log(
    `Machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${memory} RAM, Node ${process.version}`,
  );
  console.log(
    `Queries: ${queries.join(', ')} (${runs} runs each); times include the UI's typing pause (120 ms page, 100 ms header)\n`,
  );
  console.log(`| ${'Measure'.padEnd(width)} | Value |`);
  console.log(`| ${'-'.repeat(width)} | ----- |`);
  for (const [label, value] of rows) console.log(`| ${label.padEnd(width)} | ${value} |`);
  if (process.env.VERBOSE) console.log('\nfetched for the header query:', header.urls.join(' '));
} finally {
  await browser.close();
  await server.stop();
}
