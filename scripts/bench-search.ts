// Search benchmark: index size on disk, bytes fetched for a first query, what is still fetched after
// the last keystroke (how many requests, how many rounds of requests waiting on each other, how many
// bytes), and the time from the last keystroke to results on screen in Chromium (median of several).
// With --baseline, the same measures for another build (e.g. one of the previous commit) beside these.
// Usage: npm run build && npm run bench:search [-- --baseline <built site folder>]   (RUNS=3 per query)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Request } from 'playwright';
import { chromiumArgs } from '../playwright.config.ts';
import { chromePath } from './lib/chromium-path.ts';
import { serveStatic } from './lib/static-server.ts';

const { values } = parseArgs({ options: { baseline: { type: 'string' } } });
const dist = resolve('dist');
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
/** The query whose requests are traced: typed at 40 ms a key, faster than either box's typing pause. */
const tracedQuery = 'postgres';

for (const site of [dist, values.baseline].filter((s): s is string => s !== undefined)) {
  if (!existsSync(join(site, 'pagefind', 'pagefind.js'))) {
    console.error(`bench:search: no search index in ${site}/pagefind — run "npm run build" first`);
    process.exit(1);
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Every file under the index folder, with its size and gzip size, grouped by what it is. */
function indexOnDisk(index: string) {
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

interface Traced {
  url: string;
  started: number;
  ended: number;
  bytes: number;
  gzip: number;
}

/** Every request the page makes, with when it started and ended (this process's clock) and its body size. */
function trace(page: Page) {
  const all: Promise<Traced>[] = [];
  const started = new Map<Request, number>();
  page.on('request', (request) => {
    // The browser fetches the favicon when it likes; it is no part of search.
    if (!request.url().endsWith('/favicon.svg')) started.set(request, performance.now());
  });
  const done = (request: Request, ok: boolean) => {
    if (!started.has(request)) return;
    const ended = performance.now();
    const url = new URL(request.url()).pathname;
    const start = started.get(request) ?? ended;
    all.push(
      (ok ? request.response().then((r) => r?.body()) : Promise.resolve(undefined))
        .then((body) => ({
          url,
          started: start,
          ended,
          bytes: body?.length ?? 0,
          gzip: body ? gzipSync(body).length : 0,
        }))
        .catch(() => ({ url, started: start, ended, bytes: 0, gzip: 0 })),
    );
  };
  page.on('requestfinished', (request) => done(request, true));
  page.on('requestfailed', (request) => done(request, false));
  return {
    /** Requests that started at or after `from` (all of them without it). */
    since: async (from = 0) => (await Promise.all(all)).filter((r) => r.started >= from),
  };
}

/**
 * Rounds of requests: the longest chain of requests where each starts only after the one before it
 * ended. Requests sent together are one round; an excerpt fetched after its index chunk arrived is two.
 */
function rounds(requests: Traced[]): number {
  const sorted = [...requests].sort((a, b) => a.started - b.started);
  const depth: number[] = [];
  sorted.forEach((request, i) => {
    const before = sorted.slice(0, i).filter((earlier) => earlier.ended <= request.started);
    depth[i] = 1 + Math.max(0, ...before.map((earlier) => depth[sorted.indexOf(earlier)]!));
  });
  return Math.max(0, ...depth);
}

const total = (requests: Traced[]) => ({
  requests: requests.length,
  bytes: requests.reduce((t, r) => t + r.bytes, 0),
  gzip: requests.reduce((t, r) => t + r.gzip, 0),
});

/**
 * Types `query` (all but its last key, a mark, then the last key) and resolves with the mark's time
 * and the milliseconds from the last keystroke's input event to the moment `doneWhen` first holds
 * (checked on every DOM change, in the page).
 */
async function typeQuery(page: Page, inputSelector: string, query: string, doneWhen: string) {
  const input = page.locator(inputSelector);
  await input.fill('');
  await page.waitForTimeout(400);
  await page.evaluate(
    ({ inputSelector, doneWhen }) => {
      const w = window as unknown as { benchStart?: number; benchEnd?: Promise<number> };
      delete w.benchStart;
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
  await input.pressSequentially(query.slice(0, -1), { delay: 40 });
  await page.waitForTimeout(40);
  const lastKey = performance.now();
  await input.press(query.slice(-1));
  const ms = await page.evaluate(async () => {
    const w = window as unknown as { benchStart: number; benchEnd: Promise<number> };
    return (await w.benchEnd) - w.benchStart;
  });
  return { lastKey, ms };
}

const pageDone = `document.querySelector('#search-results').getAttribute('aria-busy') === 'false' && document.querySelector('#search-status').textContent.includes('“' + QUERY + '”')`;
const headerDone = `document.querySelector('site-search [role=status]')?.textContent !== '' && document.querySelector('#site-search-results a[role=option]:last-child')?.textContent.includes('“' + QUERY + '”')`;

async function measure(browser: Browser, site: string) {
  const server = await serveStatic(site);
  const base = server.url;
  try {
    // 1. First query from a role page's header box: everything fetched after the page has loaded.
    const rolePage = await (await browser.newContext()).newPage();
    await rolePage.goto(`${base}/roles/backend-developer/`, { waitUntil: 'networkidle' });
    const headerTrace = trace(rolePage);
    const loaded = performance.now();
    const headerFirst = await typeQuery(rolePage, '#site-search', tracedQuery, headerDone);
    await rolePage.waitForLoadState('networkidle');
    const header = await headerTrace.since(loaded);
    const headerAfter = await headerTrace.since(headerFirst.lastKey);

    // 2. First query on /search/: the page itself, the search code and the index, from a cold cache.
    const searchPage = await (await browser.newContext()).newPage();
    const pageTrace = trace(searchPage);
    await searchPage.goto(`${base}/search/`, { waitUntil: 'networkidle' });
    const pageFirst = await typeQuery(searchPage, '#search-input', tracedQuery, pageDone);
    await searchPage.waitForLoadState('networkidle');
    const pageLoad = await pageTrace.since();
    const pageAfter = await pageTrace.since(pageFirst.lastKey);

    // 3. Keystroke to results, several queries, several runs each.
    const pageTimes: number[] = [];
    const headerTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      for (const query of queries) {
        pageTimes.push((await typeQuery(searchPage, '#search-input', query, pageDone)).ms);
        await rolePage.goto(`${base}/roles/backend-developer/`);
        await rolePage.locator('#site-search').focus();
        headerTimes.push((await typeQuery(rolePage, '#site-search', query, headerDone)).ms);
      }
    }
    return {
      disk: indexOnDisk(join(site, 'pagefind')),
      header: total(header),
      pageLoad: total(pageLoad),
      headerAfter: { ...total(headerAfter), rounds: rounds(headerAfter), urls: headerAfter.map((r) => r.url) },
      pageAfter: { ...total(pageAfter), rounds: rounds(pageAfter), urls: pageAfter.map((r) => r.url) },
      headerFirst: headerFirst.ms,
      pageFirst: pageFirst.ms,
      pageTimes,
      headerTimes,
    };
  } finally {
    await server.close();
  }
}

type Measures = Awaited<ReturnType<typeof measure>>;

function rows(m: Measures): [string, string][] {
  const all = [...m.disk.values()].reduce(
    (t, g) => ({ bytes: t.bytes + g.bytes, gzip: t.gzip + g.gzip, files: t.files + g.files }),
    { bytes: 0, gzip: 0, files: 0 },
  );
  const after = (a: Measures['headerAfter']) =>
    `${a.rounds} round${a.rounds === 1 ? '' : 's'}, ${a.requests} requests, ${kb(a.bytes)}`;
  return [
    [`Index on disk, dist/pagefind`, `${all.files} files, ${kb(all.bytes)} (${kb(all.gzip)} gzipped)`],
    ...[...m.disk]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, g]): [string, string] => [
        `  ${group}`,
        `${g.files} files, ${kb(g.bytes)} (${kb(g.gzip)} gzipped)`,
      ]),
    [
      `First query, header box on a role page`,
      `${m.header.requests} requests, ${kb(m.header.bytes)} (${kb(m.header.gzip)} gzipped)`,
    ],
    [
      `First query on /search/, page included`,
      `${m.pageLoad.requests} requests, ${kb(m.pageLoad.bytes)} (${kb(m.pageLoad.gzip)} gzipped)`,
    ],
    [`After the last key, header box, first query`, after(m.headerAfter)],
    [`After the last key, /search/, first query`, after(m.pageAfter)],
    ['Last keystroke → results, /search/, first query (cold)', `${Math.round(m.pageFirst)} ms`],
    [`Last keystroke → results, /search/, median of ${m.pageTimes.length}`, `${Math.round(median(m.pageTimes))} ms`],
    ['Last keystroke → results, header box, first query (cold)', `${Math.round(m.headerFirst)} ms`],
    [
      `Last keystroke → results, header box, median of ${m.headerTimes.length}`,
      `${Math.round(median(m.headerTimes))} ms`,
    ],
  ];
}

const browser = await chromium.launch({ executablePath: chromePath(), args: chromiumArgs });
try {
  const measured = await measure(browser, dist);
  const now = rows(measured);
  const before = values.baseline ? rows(await measure(browser, resolve(values.baseline))) : undefined;
  const memory = `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`;
  console.log(`\nSearch benchmark — ${new Date().toISOString().slice(0, 10)}, Chromium ${browser.version()}`);
  console.log(
    `Machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${memory} RAM, Node ${process.version}`,
  );
  console.log(
    `Queries: ${queries.join(', ')} (${runs} runs each); times include the UI's typing pause (120 ms page, 100 ms header); ` +
      `"${tracedQuery}" typed at 40 ms a key is traced; a round is requests that wait on no other request\n`,
  );
  const width = Math.max(...now.map(([label]) => label.length));
  const header = before ? [`Before (${values.baseline})`, 'Now (dist)'] : ['Value'];
  console.log(`| ${'Measure'.padEnd(width)} | ${header.join(' | ')} |`);
  console.log(`| ${'-'.repeat(width)} | ${header.map(() => '---').join(' | ')} |`);
  now.forEach(([label, value], i) =>
    console.log(`| ${label.padEnd(width)} | ${before ? `${before[i]![1]} | ` : ''}${value} |`),
  );
  console.log(`\nFetched after the last key (now), header box: ${measured.headerAfter.urls.join(' ') || 'nothing'}`);
  console.log(`Fetched after the last key (now), /search/: ${measured.pageAfter.urls.join(' ') || 'nothing'}`);
} finally {
  await browser.close();
}
