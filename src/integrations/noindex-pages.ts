import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** A page's robots meta tag says noindex. */
export const hasNoindex = (html: string) =>
  /<meta\b[^>]*\bname=["']?robots["']?[^>]*\bcontent=["'][^"']*\bnoindex/i.test(html) ||
  /<meta\b[^>]*\bcontent=["'][^"']*\bnoindex[^"']*["'][^>]*\bname=["']?robots/i.test(html);

/**
 * Which built pages carry noindex, read from dist/ after the build: a page decides that itself (a brief
 * role profile does, from its data), and the sitemap, which is written after this hook, leaves them out.
 * Listed before @astrojs/sitemap in astro.config.mjs, because hooks run in that order.
 */
export function noindexPages(): { integration: AstroIntegration; files: Set<string> } {
  const files = new Set<string>();
  const integration: AstroIntegration = {
    name: 'career-atlas:noindex-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!name.endsWith('.html')) continue;
          if (hasNoindex(readFileSync(join(root, name), 'utf8'))) files.add(name.split('\\').join('/'));
        }
      },
    },
  };
  return { integration, files };
}
