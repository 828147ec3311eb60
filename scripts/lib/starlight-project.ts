// The benchmark's comparison: a Starlight site with its defaults (the site a team would otherwise
// pick), holding the same N pages as plain MDX, installed from the npm registry once and reused.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writePlainMdxPages } from './synthetic-roles.ts';

/** The Starlight release the comparison in issue 14 was first made with. */
export const starlightVersion = '0.42.4';

const installedVersion = (dir: string, pkg: string): string | undefined => {
  const file = join(dir, 'node_modules', pkg, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
};

/**
 * A folder with Starlight and the given Astro installed by npm, under `parent`; installed only when
 * it is missing (the first run downloads about 180 MB). The project is written into it: a project
 * whose node_modules is a symlink fails to build Starlight's components.
 */
export function starlightInstall(parent: string, astroVersion: string): string {
  const dir = join(parent, `career-atlas-bench-starlight-${starlightVersion}-astro-${astroVersion}`);
  if (
    installedVersion(dir, '@astrojs/starlight') === starlightVersion &&
    installedVersion(dir, 'astro') === astroVersion
  )
    return dir;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'bench-starlight',
      private: true,
      type: 'module',
      dependencies: { astro: astroVersion, '@astrojs/starlight': starlightVersion },
      allowScripts: { esbuild: true, sharp: true },
    }),
  );
  console.log(`bench: installing @astrojs/starlight ${starlightVersion} and astro ${astroVersion} into ${dir}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  return dir;
}

/**
 * The Starlight project in the install folder `dir`, emptied of any earlier run's pages, cache and
 * output, with `n` pages made from the model role (its frontmatter and its prose, the site's
 * components taken out) and a timer like the one scripts/lib/astro-build.ts adds, so the search
 * index's time can be told from the pages'.
 */
export function writeStarlightProject(dir: string, modelPath: string, n: number): string {
  for (const old of ['src', 'dist', '.astro-cache', '.astro', 'timings.json'])
    rmSync(join(dir, old), { recursive: true, force: true });
  mkdirSync(join(dir, 'src/content/docs/roles'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { writeFileSync } from 'node:fs';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

const marks = {};
const timer = {
  name: 'bench-timer',
  hooks: {
    'astro:build:generated': () => { marks.generated = performance.now(); },
    'astro:build:done': () => {
      writeFileSync('timings.json', JSON.stringify({ afterGeneratedMs: performance.now() - marks.generated }));
    },
  },
};

export default defineConfig({ cacheDir: './.astro-cache', integrations: [starlight({ title: 'Bench' }), timer] });
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writePlainMdxPages(modelPath, join(dir, 'src/content/docs/roles'), n);
  return dir;
}
