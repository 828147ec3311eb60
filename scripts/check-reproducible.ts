// Builds the site twice, each time from scratch (its own output and cache folders): once here and once
// from a copy of the checkout in another folder, so an absolute path leaking into the output shows up
// too. Then compares the two outputs byte for byte. Exit 1 if any file differs unexplained.
// Usage: npm run check:reproducible [-- --keep]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { copyCheckout } from './lib/copy-checkout.ts';
import { diffTrees } from './lib/tree-diff.ts';
import { indexSite } from './lib/search-index.ts';

const { values } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });
const work = mkdtempSync(join(tmpdir(), 'reproducible-'));

/**
 * Files allowed to differ between two builds, each with the reason. Empty: nothing may differ.
 * (Add an entry only with an explanation a reviewer can check.)
 */
const explained: Record<string, string> = {};

function buildInto(name: string, root: string): string {
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
      join(work, `${name}-cache`),
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

try {
  console.log(`check:reproducible: building twice into ${work}`);
  const a = buildInto('a', process.cwd());
  const b = buildInto('b', copyCheckout(join(work, 'checkout')));
  // Until the build writes the search index itself, index both outputs here so the check covers it.
  for (const out of [a, b]) if (!existsSync(join(out, 'pagefind'))) await indexSite(out);

  const diff = diffTrees(a, b);
  const unexplained = [...diff.onlyInA, ...diff.onlyInB, ...diff.different].filter((file) => !(file in explained));
  for (const file of diff.onlyInA) console.log(`  only in the first build:  ${file}`);
  for (const file of diff.onlyInB) console.log(`  only in the second build: ${file}`);
  for (const file of diff.different)
    console.log(`  differs: ${file}${explained[file] ? ` (explained: ${explained[file]})` : ''}`);
  if (unexplained.length > 0) {
    console.log(`check:reproducible: ${unexplained.length} file(s) differ between two builds of the same commit.`);
    process.exitCode = 1;
  } else {
    console.log(`check:reproducible: the two builds are byte-identical (${diff.same} files).`);
  }
} finally {
  if (values.keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
