// The benchmark's baseline: a bare Astro project (MDX support only: no layout, no other integration,
// no content collection) holding the same N pages as plain MDX files.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writePlainMdxPages } from './synthetic-roles.ts';

export function writeBareProject(dir: string, modelPath: string, n: number, nodeModules: string): string {
  mkdirSync(join(dir, 'src/pages/roles'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ integrations: [mdx()] });\n",
  );
  symlinkSync(nodeModules, join(dir, 'node_modules'));
  writePlainMdxPages(modelPath, join(dir, 'src/pages/roles'), n);
  return dir;
}
