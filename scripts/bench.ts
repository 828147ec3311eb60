// Build benchmark: how build time, memory and output grow with the number of role profiles, and how
// a build compares with Starlight's on the same machine.
// For each N, in a temporary copy of the project: N synthetic profiles made from one real profile (the
// back-end developer's, the deepest, unless --model names another), the content check, a cold site build
// (empty cache), one search query in Chromium, then a warm rebuild after one profile's title changed (the
// cache of the cold build: preview images are copied, not drawn). Beside it, the same N pages as plain MDX in a bare Astro project (the framework's
// own cost) and in a Starlight project with its defaults, cold and warm (one page's title changed).
// Usage: npm run bench [-- --sizes 10,100,200,1000,5000] [-- --runs 3] [-- --model <role id>]
//        [-- --no-starlight] [-- --keep]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CardCacheReport } from '../src/lib/og/card-cache-io.ts';
import { reportFile } from '../src/integrations/preview-images.ts';
import { writeBareProject } from './lib/bare-project.ts';
import { buildNodeFlags, buildProcessEnv } from './lib/build-process.ts';
import { htmlFiles } from './lib/built-pages.ts';
import { copyCheckout } from './lib/copy-checkout.ts';
import { firstQueryBytes } from './lib/first-query.ts';
import { costPerAddedUnit } from './lib/growth.ts';
import { readSearchFragments } from './lib/search-fragments.ts';
import { starlightInstall, starlightVersion, writeStarlightProject } from './lib/starlight-project.ts';
import { syntheticId, writeSyntheticRoles } from './lib/synthetic-roles.ts';
import { treeSize } from './lib/tree-diff.ts';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    sizes: { type: 'string', default: '10,100,200,1000,5000' },
    runs: { type: 'string', default: '1' },
    model: { type: 'string', default: 'backend-developer' },
    starlight: { type: 'boolean', default: true },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error(
    `bench: --sizes must be positive whole numbers separated by commas and --runs a positive whole number, got "${values.sizes}" and "${values.runs}"`,
  );
  process.exit(2);
}

const project = process.cwd();
const model = join(project, 'content/roles', `${values.model}.mdx`);
if (!existsSync(model)) {
  console.error(`bench: --model must name a role in content/roles, got "${values.model}" (${model} does not exist)`);
  process.exit(2);
}
const buildRunner = resolve('scripts/lib/astro-build.ts');
const searchIndexRunner = resolve('scripts/search-index.ts');
const hasTime = existsSync('/usr/bin/time');
// The build holds every page's module graph in memory; give large N room instead of a heap error.
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=16384`.trim() };
/** Our site's builds start as `npm run build` starts Astro (scripts/lib/build-process.ts); bare Astro and Starlight keep their defaults. */
const siteBuildEnv = buildProcessEnv(env);
const astroVersion = (
  JSON.parse(readFileSync(join(project, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
).version;
const starlight = values.starlight ? starlightInstall(tmpdir(), astroVersion) : '';

interface Run {
  ms: number;
  /** CPU time of the run's processes (user + system), which a busy machine inflates less than wall time. */
  cpuMs: number;
  /** Peak resident memory of the largest process in the run, in KB. */
  maxRssKb: number;
}

/**
 * Run a command to completion, timing it and measuring its CPU time and peak memory with /usr/bin/time.
 * `processEnv` is the environment it starts with: our site's builds add the settings `npm run build` uses.
 */
function run(label: string, args: string[], cwd: string, processEnv: NodeJS.ProcessEnv = env): Run {
  const timeFile = join(tmpdir(), `bench-time-${process.pid}`);
  const command = hasTime
    ? ['/usr/bin/time', '-f', '%U %S %M', '-o', timeFile, process.execPath, ...args]
    : [process.execPath, ...args];
  const started = performance.now();
  const result = spawnSync(command[0]!, command.slice(1), {
    cwd,
    env: processEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    console.error(`bench: ${label} failed (exit ${result.status}):\n${result.stderr?.slice(-3000)}`);
    process.exit(1);
  }
  const [user = 0, system = 0, rss = 0] = hasTime
    ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number)
    : [];
  rmSync(timeFile, { force: true });
  return { ms, cpuMs: (user + system) * 1000, maxRssKb: rss };
}

/** A build's time without what ran after the pages were written (the search index, sitemap, _headers). */
function timedBuild(label: string, args: string[], cwd: string, timings: string, processEnv: NodeJS.ProcessEnv = env) {
  const build = run(label, args, cwd, processEnv);
  const { afterGeneratedMs, doneHooksMs = {} } = JSON.parse(readFileSync(timings, 'utf8')) as {
    afterGeneratedMs: number;
    /** Our builds only (scripts/lib/astro-build.ts): each integration's build:done hook, by name. */
    doneHooksMs?: Record<string, number>;
  };
  return { ...build, indexMs: afterGeneratedMs, siteMs: build.ms - afterGeneratedMs, doneHooksMs };
}

/**
 * Our site's build as `npm run build` runs it: Astro's process, then the search index in a process of its own
 * (scripts/search-index.ts), each timed and measured alone. They never run at the same time, so the build's peak
 * is the larger of the two; what ran after the pages includes the index.
 */
function timedSiteBuild(label: string, args: string[], cwd: string, timings: string, out: string) {
  const astro = timedBuild(label, args, cwd, timings, siteBuildEnv);
  const indexTimings = `${timings}.index.json`;
  const index = run(`${label}: search index`, [searchIndexRunner, out, '--timings', indexTimings], cwd);
  // Pagefind's own process is killed, not waited for, so /usr/bin/time does not see it: the step reads its peak.
  const { pagefindPeakKb = 0 } = JSON.parse(readFileSync(indexTimings, 'utf8')) as { pagefindPeakKb?: number };
  const searchIndexRssKb = Math.max(index.maxRssKb, pagefindPeakKb);
  return {
    ms: astro.ms + index.ms,
    cpuMs: astro.cpuMs + index.cpuMs,
    maxRssKb: Math.max(astro.maxRssKb, searchIndexRssKb),
    /** Astro's process alone, and the search index's largest (Pagefind's). */
    astroRssKb: astro.maxRssKb,
    searchIndexRssKb,
    indexMs: astro.indexMs + index.ms,
    siteMs: astro.siteMs,
    doneHooksMs: astro.doneHooksMs,
    searchIndexMs: index.ms,
  };
}

/** Replace the first `from` in a file; fail loudly if it is not there (the bench would measure nothing). */
function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`bench: ${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const perPage = (ms: number, pages: number) => (ms / pages).toFixed(1);
// Counted in process: a `find` through spawnSync stops at its 1 MB output buffer, which cut the count of a
// 5,000-role site's 20,962 pages to 11,941 in two runs (their paths are 1.2 MB).
const htmlPages = (dir: string) => htmlFiles(dir).length;
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)]!;

interface Sample {
  pages: number;
  checkMs: number;
  cold: ReturnType<typeof timedSiteBuild>;
  warm: ReturnType<typeof timedSiteBuild>;
  warmCards: CardCacheReport;
  outputBytes: number;
  indexBytes: number;
  /** Words the search index holds over all pages, after its exclusions. */
  indexedWords: number;
  firstQueryBytes: number;
  bare: Run;
  starlight?: { pages: number; cold: ReturnType<typeof timedBuild>; warm: ReturnType<typeof timedBuild> };
}

async function sample(n: number, measureQuery: boolean): Promise<Sample> {
  const work = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  try {
    const site = copyCheckout(join(work, 'site'), project);
    const [firstTitle] = writeSyntheticRoles(model, join(site, 'content/roles'), n);
    // Output inside the project, as in a normal build: prerender chunks resolve packages from there.
    const cache = join(work, 'cache');
    const build = (out: string, timings: string) => [
      ...buildNodeFlags,
      buildRunner,
      ...['--root', site, '--out', join(site, out), '--cache', cache, '--timings', timings, '--quiet', '--no-index'],
    ];

    const check = run('check:content', ['scripts/check-content.ts'], site);
    const out = join(site, 'dist');
    const cold = timedSiteBuild(
      'astro build (cold)',
      build('dist', join(work, 'cold.json')),
      site,
      join(work, 'cold.json'),
      out,
    );
    if (!existsSync(join(out, 'pagefind'))) throw new Error('bench: the build wrote no search index');
    const indexBytes = treeSize(join(out, 'pagefind'));
    const outputBytes = treeSize(out) - indexBytes;
    const pages = htmlPages(out);
    const indexedWords = readSearchFragments(out).reduce((sum, record) => sum + record.wordCount, 0);
    const query = measureQuery ? (await firstQueryBytes(out)).bytes : 0;

    // An editor's change: one profile's title, which its page, its card and its neighbours show.
    const first = join(site, 'content/roles', `${syntheticId(0)}.mdx`);
    edit(first, `title: ${firstTitle}\n`, `title: ${firstTitle}, renamed\n`);
    const warm = timedSiteBuild(
      'astro build (warm)',
      build('dist-warm', join(work, 'warm.json')),
      site,
      join(work, 'warm.json'),
      join(site, 'dist-warm'),
    );
    const warmCards = JSON.parse(readFileSync(join(cache, 'og', reportFile), 'utf8')) as CardCacheReport;

    const bareDir = writeBareProject(join(work, 'bare'), model, n, resolve(project, 'node_modules'));
    const bare = run(
      'bare astro build',
      [
        ...[buildRunner, '--root', bareDir, '--out', join(bareDir, 'dist')],
        ...['--cache', join(work, 'bare-cache'), '--quiet', '--no-index'],
      ],
      bareDir,
    );

    let starlightRuns: Sample['starlight'];
    if (starlight) {
      const dir = writeStarlightProject(starlight, model, n);
      const astro = [join(starlight, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'];
      const slCold = timedBuild('Starlight build (cold)', astro, dir, join(dir, 'timings.json'));
      const slPages = htmlPages(join(dir, 'dist'));
      edit(join(dir, 'src/content/docs/roles', `${syntheticId(0)}.mdx`), 'title: ', 'title: Renamed ');
      const slWarm = timedBuild('Starlight build (warm)', astro, dir, join(dir, 'timings.json'));
      starlightRuns = { pages: slPages, cold: slCold, warm: slWarm };
    }
    return {
      pages,
      checkMs: check.ms,
      cold,
      warm,
      warmCards,
      outputBytes,
      indexBytes,
      indexedWords,
      firstQueryBytes: query,
      bare,
      starlight: starlightRuns,
    };
  } finally {
    if (values.keep) console.log(`  kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

// One untimed build first, so the first N measured doesn't also pay for a cold disk cache.
{
  const work = mkdtempSync(join(tmpdir(), 'bench-warmup-'));
  const bare = writeBareProject(join(work, 'bare'), model, 1, resolve(project, 'node_modules'));
  run(
    'warm-up build',
    [buildRunner, '--root', bare, '--out', join(bare, 'dist'), '--cache', join(work, 'cache'), '--quiet', '--no-index'],
    bare,
  );
  rmSync(work, { recursive: true, force: true });
}

const machine = () =>
  `${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${megabytes(totalmem())} MB memory (${megabytes(freemem())} free), ` +
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, Node ${process.version}, Astro ${astroVersion}`;
console.log(`bench: ${machine()}; synthetic roles modelled on ${values.model}`);

interface Row {
  n: number;
  samples: Sample[];
}
const rows: Row[] = [];
for (const n of sizes) {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const s = await sample(n, i === 0);
    samples.push(s);
    const sl = s.starlight
      ? `; Starlight ${s.starlight.pages} pages, cold ${seconds(s.starlight.cold.ms)} s (index ${seconds(s.starlight.cold.indexMs)} s), warm ${seconds(s.starlight.warm.ms)} s`
      : '';
    console.log(
      `N=${n}${runs > 1 ? ` run ${i + 1}` : ''}: ${s.pages} pages, check ${seconds(s.checkMs)} s, ` +
        `cold ${seconds(s.cold.ms)} s (index ${seconds(s.cold.indexMs)} s), warm ${seconds(s.warm.ms)} s ` +
        `(${s.warmCards.drawn.length} cards drawn, ${s.warmCards.reused.length} reused), bare ${seconds(s.bare.ms)} s${sl}`,
    );
  }
  rows.push({ n, samples });
}

/** The median over a row's runs of one measure. */
const m = (row: Row, pick: (s: Sample) => number) => median(row.samples.map(pick));

const siteHeader = [
  'N roles',
  'pages',
  'check s',
  'cold site s',
  'cold ms/page',
  'warm site s',
  'warm ms/page',
  'cards drawn warm',
  'index s',
  'peak MB',
  'output MB',
  'index MB',
  'first query KB',
  'bare s',
  'bare peak MB',
  'cold site/bare',
];
const siteTable = rows.map((r) => {
  const s = r.samples[0]!;
  return [
    String(r.n),
    String(s.pages),
    seconds(m(r, (x) => x.checkMs)),
    seconds(m(r, (x) => x.cold.siteMs)),
    perPage(
      m(r, (x) => x.cold.siteMs),
      s.pages,
    ),
    seconds(m(r, (x) => x.warm.siteMs)),
    perPage(
      m(r, (x) => x.warm.siteMs),
      s.pages,
    ),
    `${s.warmCards.drawn.length} of ${s.warmCards.drawn.length + s.warmCards.reused.length}`,
    seconds(m(r, (x) => x.cold.indexMs)),
    (Math.max(s.cold.maxRssKb, s.warm.maxRssKb) / 1024).toFixed(0),
    megabytes(s.outputBytes),
    megabytes(s.indexBytes),
    (s.firstQueryBytes / 1024).toFixed(0),
    seconds(m(r, (x) => x.bare.ms)),
    (s.bare.maxRssKb / 1024).toFixed(0),
    (m(r, (x) => x.cold.siteMs) / m(r, (x) => x.bare.ms)).toFixed(2),
  ];
});
const markdown = (header: string[], table: string[][]) =>
  `| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n${table.map((cells) => `| ${cells.join(' | ')} |`).join('\n')}`;

console.log(`\n${markdown(siteHeader, siteTable)}`);
console.log(
  '\ncheck = content checker; cold = empty cache; warm = the same cache after one role’s title changed; site = astro build ' +
    'without what runs after the pages are written (sitemap, _headers, then the search index in its own process), which is index; ' +
    'peak = the larger of Astro’s process and the search index’s, which never run at once; ' +
    'output excludes the index; first query = bytes Pagefind fetches to answer "developer" and show 5 results (gzip); ' +
    'bare = the same N pages as plain MDX in an Astro project with no layout or other integration.' +
    (runs > 1 ? ` Times are the median of ${runs} runs.` : ''),
);

// Per role as well as per page: the page mix changes with N (806 technology pages are there at every size, each
// synthetic role brings its profile, compare pages, card, charts and data files), so time per page can grow
// while time per role stays flat. Per added page (or word) takes the pages there at every size out: it stays
// flat when the work is linear. And what runs after the pages, hook by hook in the order they run (cold).
const realRoles = readdirSync(join(project, 'content/roles')).filter((file) => file.endsWith('.mdx')).length;
const hookNames = [...new Set(rows.flatMap((r) => Object.keys(r.samples[0]!.cold.doneHooksMs)))];
// The search index's own process: Pagefind, with the search records taken out of the pages while it writes.
const pagefindMs = (x: Sample) => x.cold.searchIndexMs;
const perAdded = (unitsOf: (s: Sample) => number, cost: (s: Sample) => number) =>
  costPerAddedUnit(rows.map((r) => ({ units: unitsOf(r.samples[0]!), cost: m(r, cost) })));
const coldPerAddedPage = perAdded(
  (s) => s.pages,
  (x) => x.cold.ms,
);
const pagefindPerAddedPage = perAdded((s) => s.pages, pagefindMs);
// In µs: a word costs Pagefind about a thousandth of a page.
const pagefindUsPerAddedWord = perAdded(
  (s) => s.indexedWords,
  (x) => 1000 * pagefindMs(x),
);
const orDash = (value: number | undefined, digits: number) => (value === undefined ? '—' : value.toFixed(digits));
const perRoleHeader = [
  'N roles',
  'roles',
  'pages per role',
  'cold site ms/role',
  'cold ms per added page',
  'indexed words/page',
  'Pagefind ms/page',
  'Pagefind ms/role',
  'Pagefind ms per added page',
  'Pagefind µs/word',
  'Pagefind µs per added word',
  'Astro peak MB',
  'search index peak MB',
  ...hookNames.map((name) => `${name.replace(/^career-atlas:/, '')} s`),
];
const perRoleTable = rows.map((r, i) => {
  const roles = r.n + realRoles;
  const { pages, indexedWords } = r.samples[0]!;
  return [
    String(r.n),
    String(roles),
    (pages / roles).toFixed(2),
    perPage(
      m(r, (x) => x.cold.siteMs),
      roles,
    ),
    orDash(coldPerAddedPage[i], 1),
    (indexedWords / pages).toFixed(0),
    // Two decimals: Pagefind takes a millisecond or two a page, and the target compares sizes within 25 %.
    (m(r, pagefindMs) / pages).toFixed(2),
    perPage(m(r, pagefindMs), roles),
    orDash(pagefindPerAddedPage[i], 1),
    ((1000 * m(r, pagefindMs)) / indexedWords).toFixed(2),
    orDash(pagefindUsPerAddedWord[i], 2),
    (r.samples[0]!.cold.astroRssKb / 1024).toFixed(0),
    (r.samples[0]!.cold.searchIndexRssKb / 1024).toFixed(0),
    ...hookNames.map((name) => seconds(m(r, (x) => x.cold.doneHooksMs[name] ?? 0))),
  ];
});
console.log(`\n${markdown(perRoleHeader, perRoleTable)}`);
console.log(
  '\nroles = synthetic and real profiles; site and Pagefind per role divide the same times as above by roles ' +
    'instead of pages; per added page (or word) = the extra whole cold build (or Pagefind) time over the extra pages ' +
    '(or indexed words) from the next smaller size; indexed words = words in the search index after its exclusions; ' +
    'Pagefind = the search index’s process (the records come out of the pages while Pagefind writes); peaks of ' +
    'the cold build; the last columns split the rest of the index column above by build:done hook, cold build.',
);

if (starlight) {
  const slHeader = [
    'N roles',
    'pages',
    `Starlight pages`,
    'cold ms/page',
    'warm ms/page',
    'Starlight cold ms/page',
    'Starlight warm ms/page',
    'cold ÷ Starlight cold',
    'warm ÷ Starlight cold',
    'warm ÷ Starlight warm',
    'CPU ms/page: cold, warm, Starlight cold, warm',
  ];
  const slTable = rows.map((r) => {
    const s = r.samples[0]!;
    const pages = s.pages;
    const slPages = s.starlight!.pages;
    const cold = m(r, (x) => x.cold.ms) / pages;
    const warm = m(r, (x) => x.warm.ms) / pages;
    const slCold = m(r, (x) => x.starlight!.cold.ms) / slPages;
    const slWarm = m(r, (x) => x.starlight!.warm.ms) / slPages;
    const cpu = [
      m(r, (x) => x.cold.cpuMs) / pages,
      m(r, (x) => x.warm.cpuMs) / pages,
      m(r, (x) => x.starlight!.cold.cpuMs) / slPages,
      m(r, (x) => x.starlight!.warm.cpuMs) / slPages,
    ];
    return [
      String(r.n),
      String(pages),
      String(slPages),
      cold.toFixed(1),
      warm.toFixed(1),
      slCold.toFixed(1),
      slWarm.toFixed(1),
      (cold / slCold).toFixed(2),
      (warm / slCold).toFixed(2),
      (warm / slWarm).toFixed(2),
      cpu.map((c) => c.toFixed(0)).join(', '),
    ];
  });
  console.log(`\n${markdown(slHeader, slTable)}`);
  console.log(
    `\nWhole \`astro build\` per built page, search index included (Starlight indexes with Pagefind too), ` +
      `Starlight ${starlightVersion} with its defaults and the same Astro. Targets (issue 14): warm ≤ Starlight's ` +
      `per-page time, cold ≤ 2× Starlight's. CPU = user + system time of the build's processes.`,
  );
}
console.log(`\nbench: done; ${machine()}`);
