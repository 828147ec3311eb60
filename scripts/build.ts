// `npm run build` after the content check: `astro build`, started in its own Node process with the settings that
// bound its memory (scripts/lib/build-process.ts), then the search index in a process of its own once Astro's has
// ended (scripts/search-index.ts). Arguments are passed on to Astro: `npm run build -- --verbose`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildNodeFlags, buildProcessEnv } from './lib/build-process.ts';

// Astro's command-line entry, from its package.json, as `npx astro` would find it.
const astroPackage = fileURLToPath(import.meta.resolve('astro/package.json'));
const { bin } = JSON.parse(readFileSync(astroPackage, 'utf8')) as { bin: { astro: string } };
const astroCli = join(dirname(astroPackage), bin.astro);
const searchIndex = fileURLToPath(import.meta.resolve('./search-index.ts'));

/** Runs one step in a Node process of its own; exits with its code if it fails. */
function step(name: string, args: string[], env?: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  if (result.error) {
    console.error(`build: could not start ${name}: ${result.error.message}`);
    process.exit(2);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const astroArgs = process.argv.slice(2);
// The index must find the site where Astro wrote it: `--outDir dist2` or `--outDir=dist2`, else Astro's default.
const { outDir } = parseArgs({ args: astroArgs, options: { outDir: { type: 'string' } }, strict: false }).values;
step('astro', [...buildNodeFlags, astroCli, 'build', ...astroArgs], buildProcessEnv());
step('the search index', [searchIndex, typeof outDir === 'string' ? outDir : 'dist']);
