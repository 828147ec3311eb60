// Builds the site three times: from scratch here (its own output and an empty cache folder), from
// scratch in a copy of the checkout in another folder (so an absolute path leaking into the output
// shows up too), and here again reusing the first build's cache (preview images copied, not drawn).
// Then compares the second and third outputs with the first, byte for byte. Exit 1 if any file
// differs unexplained.
// Usage: npm run check:reproducible [-- --keep]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CardCacheReport } from '../src/lib/og/card-cache-io.ts';
import { reportFile } from '../src/integrations/preview-images.ts';
import { copyCheckout } from './lib/copy-checkout.ts';
import { diffTrees } from './lib/tree-diff.ts';

const { values } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });
const work = mkdtempSync(join(tmpdir(), 'reproducible-'));

/**
 * Files allowed to differ between two builds, each with the reason. Empty: nothing may differ.
 * (Add an entry only with an explanation a reviewer can check.)
 */
const explained: Record<string, string> = {};

/** Builds `root` into `<work>/<name>`, with the cache folder `<work>/<cache>-cache` (empty the first time). */
function buildInto(name: string, root: string, cache = name): string {
  const out = join(work, name);
  const result = spawnSync(
    process.execPath,
    [
      resolve('scripts/lib/astro-build.ts'),
      '--root',
      root,
      '--out',
      out,
      '--cache',
      join(work, `${cache}-cache`),
      '--quiet',
    ],
    { stdio: 'inherit', cwd: root },
  );
  if (result.status !== 0) {
    console.error(`check:reproducible: build ${name} failed (exit ${result.status})`);
    process.exit(1);
  }
  return out;
}

/** Prints the differences between two outputs; returns how many are unexplained. */
function compare(a: string, b: string, what: string): number {
  const diff = diffTrees(a, b);
  const unexplained = [...diff.onlyInA, ...diff.onlyInB, ...diff.different].filter((file) => !(file in explained));
  for (const file of diff.onlyInA) console.log(`  only in the first build:  ${file}`);
  for (const file of diff.onlyInB) console.log(`  only in the ${what}: ${file}`);
  for (const file of diff.different)
    console.log(`  differs: ${file}${explained[file] ? ` (explained: ${explained[file]})` : ''}`);
  if (unexplained.length > 0)
    console.log(`check:reproducible: ${unexplained.length} file(s) differ between the first and the ${what}.`);
  else console.log(`check:reproducible: the first and the ${what} are byte-identical (${diff.same} files).`);
  return unexplained.length;
}

try {
  console.log(`check:reproducible: building three times into ${work}`);
  const a = buildInto('a', process.cwd());
  const b = buildInto('b', copyCheckout(join(work, 'checkout')));
  const warm = buildInto('warm', process.cwd(), 'a');

  // The warm build must really have copied its preview images, or comparing it proves nothing.
  const report = JSON.parse(readFileSync(join(work, 'a-cache', 'og', reportFile), 'utf8')) as CardCacheReport;
  if (report.drawn.length > 0 || report.reused.length === 0) {
    console.log(
      `check:reproducible: the warm build drew ${report.drawn.length} and reused ${report.reused.length} preview images; it should only reuse.`,
    );
    process.exitCode = 1;
  }
  const failures =
    compare(a, b, 'build from another folder') +
    compare(a, warm, `warm build (${report.reused.length} preview images reused)`);
  if (failures > 0) process.exitCode = 1;
} finally {
  if (values.keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
