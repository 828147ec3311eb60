// The built site as the SEO tests see it: every HTML page in dist/, by the URL path it is served at.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContent } from '../../scripts/content-check/load.ts';
import { completenessByRole } from '../../scripts/content-check/official.ts';
import { checkSchemas } from '../../scripts/content-check/schema-rules.ts';

export const dist = resolve(import.meta.dirname, '../../dist');
/** The base path the site was built with (BASE_PATH, as astro.config.mjs reads it). */
export const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');

export interface BuiltPage {
  /** The file in dist/ ("roles/cto/index.html"). */
  file: string;
  /** The route path it was built for ("/roles/cto/"; "/404/" for 404.html, which any unknown URL shows). */
  path: string;
}

export function builtPages(): BuiltPage[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((file) => ({ file, path: base + file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/') }));
}

/**
 * Pages kept out of search results: the 404 page, the search page, and each brief role profile
 * (no figure and fewer than three sections its sources cover), as the content check reports them.
 */
export const noindexFiles = [
  '404.html',
  'search/index.html',
  ...[
    ...completenessByRole(
      checkSchemas(loadContent(resolve(import.meta.dirname, '../../content'), process.cwd())).parsed,
    ),
  ]
    .filter(([, c]) => c.brief)
    .map(([id]) => `roles/${id}/index.html`),
];

/** Amounts as the salary table prints them ("$130,160", "€35,000–€48,000", "$47.36"), in order. */
export function amountsIn(text: string): number[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
}

/** The PNG's size from its IHDR chunk (bytes 16–23), after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.subarray(12, 16).toString('ascii') !== 'IHDR')
    throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
