// `npm run build` after the content check: `astro build`, started in its own Node process with the settings that
// bound its memory (scripts/lib/build-process.ts). Arguments are passed on: `npm run build -- --verbose`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNodeFlags, buildProcessEnv } from './lib/build-process.ts';

// Astro's command-line entry, from its package.json, as `npx astro` would find it.
const astroPackage = fileURLToPath(import.meta.resolve('astro/package.json'));
const { bin } = JSON.parse(readFileSync(astroPackage, 'utf8')) as { bin: { astro: string } };
const astroCli = join(dirname(astroPackage), bin.astro);
const result = spawnSync(process.execPath, [...buildNodeFlags, astroCli, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: buildProcessEnv(),
});
if (result.error) {
  console.error(`build: could not start astro: ${result.error.message}`);
  process.exit(2);
}
process.exit(result.status ?? 1);
