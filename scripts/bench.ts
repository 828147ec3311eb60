// Build benchmark: how build time, memory and output grow with the number of role profiles.
// For each N, in a temporary copy of the project: N synthetic profiles made from the back-end developer
// profile, the content check, the site build, the search index, and one search query in Chromium; then
// the same N pages as plain MDX in a bare Astro project, for the framework-overhead ratio.
// Usage: npm run bench [-- --sizes 10,100,1000,5000] [-- --keep]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBareProject } from './lib/bare-project.ts';
import { copyCheckout } from './lib/copy-checkout.ts';
import { firstQueryBytes } from './lib/first-query.ts';
import { writeSyntheticRoles } from './lib/synthetic-roles.ts';
import { treeSize } from './lib/tree-diff.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000,5000' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`bench: --sizes must be positive whole numbers separated by commas, got "${values.sizes}"`);
  process.exit(2);
}

const project = process.cwd();
const model = join(project, 'content/roles/backend-developer.mdx');
const buildRunner = resolve('scripts/lib/astro-build.ts');
const indexRunner = resolve('scripts/lib/search-index.ts');
const hasTime = existsSync('/usr/bin/time');
// The build holds every page's module graph in memory; give large N room instead of a heap error.
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=16384`.trim() };

interface Run {
  ms: number;
  /** Peak resident memory of the largest process in the run, in KB. */
  maxRssKb: number;
}

/** Run a command to completion, timing it and measuring its peak memory with /usr/bin/time. */
function run(label: string, args: string[], cwd: string): Run {
  const timeFile = join(tmpdir(), `bench-time-${process.pid}`);
  const command = hasTime
    ? ['/usr/bin/time', '-f', '%M', '-o', timeFile, process.execPath, ...args]
    : [process.execPath, ...args];
  const started = performance.now();
  const result = spawnSync(command[0]!, command.slice(1), {
    cwd,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    console.error(`bench: ${label} failed (exit ${result.status}):\n${result.stderr?.slice(-3000)}`);
    process.exit(1);
  }
  const maxRssKb = hasTime ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) : 0;
  rmSync(timeFile, { force: true });
  return { ms, maxRssKb };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

interface Row {
  n: number;
  pages: number;
  checkMs: number;
  siteMs: number;
  indexMs: number;
  msPerPage: number;
  peakMb: number;
  outputBytes: number;
  indexBytes: number;
  firstQueryBytes: number;
  bareMs: number;
  barePeakMb: number;
}

// One untimed build first, so the first N measured doesn't also pay for a cold disk cache.
{
  const work = mkdtempSync(join(tmpdir(), 'bench-warmup-'));
  const bare = writeBareProject(join(work, 'bare'), model, 1, resolve(project, 'node_modules'));
  run(
    'warm-up build',
    [buildRunner, '--root', bare, '--out', join(bare, 'dist'), '--cache', join(work, 'cache'), '--quiet'],
    bare,
  );
  rmSync(work, { recursive: true, force: true });
}

const rows: Row[] = [];
console.log(
  `bench: ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${megabytes(totalmem())} MB memory (${megabytes(freemem())} free), ` +
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, Node ${process.version}`,
);

for (const n of sizes) {
  const work = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  try {
    const site = copyCheckout(join(work, 'site'), project);
    writeSyntheticRoles(model, join(site, 'content/roles'), n);
    // Output inside the project, as in a normal build: prerender chunks resolve packages from there.
    const out = join(site, 'dist');

    const check = run('check:content', ['scripts/check-content.ts'], site);
    const timings = join(work, 'timings.json');
    const build = run(
      'astro build',
      [buildRunner, '--root', site, '--out', out, '--cache', join(work, 'cache'), '--timings', timings, '--quiet'],
      site,
    );
    const marks = JSON.parse(readFileSync(timings, 'utf8')) as { afterGeneratedMs: number };

    // If the build wrote the search index (an integration), its time is what ran after the pages were
    // generated; otherwise index the output here, in its own process.
    let siteMs = build.ms;
    let index: Run;
    if (existsSync(join(out, 'pagefind'))) {
      index = { ms: marks.afterGeneratedMs, maxRssKb: build.maxRssKb };
      siteMs = build.ms - marks.afterGeneratedMs;
    } else {
      index = run('search index', [indexRunner, out], site);
    }
    const indexBytes = treeSize(join(out, 'pagefind'));
    const outputBytes = treeSize(out) - indexBytes;
    const pages = Number(
      spawnSync('find', [out, '-name', '*.html'], { encoding: 'utf8' }).stdout.trim().split('\n').length,
    );
    const query = await firstQueryBytes(out);

    const bare = writeBareProject(join(work, 'bare'), model, n, resolve(project, 'node_modules'));
    const bareBuild = run(
      'bare astro build',
      [buildRunner, '--root', bare, '--out', join(bare, 'dist'), '--cache', join(work, 'bare-cache'), '--quiet'],
      bare,
    );

    const row: Row = {
      n,
      pages,
      checkMs: check.ms,
      siteMs,
      indexMs: index.ms,
      msPerPage: siteMs / pages,
      peakMb: Math.max(build.maxRssKb, index.maxRssKb) / 1024,
      outputBytes,
      indexBytes,
      firstQueryBytes: query.bytes,
      bareMs: bareBuild.ms,
      barePeakMb: bareBuild.maxRssKb / 1024,
    };
    rows.push(row);
    console.log(
      `N=${n}: ${pages} pages, check ${seconds(check.ms)} s, site ${seconds(siteMs)} s (${row.msPerPage.toFixed(1)} ms/page), ` +
        `index ${seconds(index.ms)} s, peak ${row.peakMb.toFixed(0)} MB, bare ${seconds(bareBuild.ms)} s`,
    );
  } finally {
    if (values.keep) console.log(`  kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

const header = [
  'N roles',
  'pages',
  'check s',
  'site s',
  'ms/page',
  'index s',
  'peak MB',
  'output MB',
  'index MB',
  'first query KB',
  'bare s',
  'bare peak MB',
  'site/bare',
];
const table = rows.map((r) => [
  String(r.n),
  String(r.pages),
  seconds(r.checkMs),
  seconds(r.siteMs),
  r.msPerPage.toFixed(1),
  seconds(r.indexMs),
  r.peakMb.toFixed(0),
  megabytes(r.outputBytes),
  megabytes(r.indexBytes),
  (r.firstQueryBytes / 1024).toFixed(0),
  seconds(r.bareMs),
  r.barePeakMb.toFixed(0),
  (r.siteMs / r.bareMs).toFixed(2),
]);
console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const cells of table) console.log(`| ${cells.join(' | ')} |`);
console.log(
  '\ncheck = content checker; site = astro build (pages, sitemap, _headers); index = Pagefind; peak = largest process; ' +
    'output excludes the index; first query = bytes Pagefind fetches to answer "developer" and show 5 results (gzip); ' +
    'bare = the same N pages as plain MDX in an Astro project with no layout or other integration.',
);
