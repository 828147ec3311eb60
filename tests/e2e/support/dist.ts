// The built site in dist/: which pages exist and where a URL's file is.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = join(process.cwd(), 'dist');

/** The base path the site was built with (astro.config.mjs reads BASE_PATH). */
export const basePath = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export interface BuiltPage {
  /** The URL path a browser asks for ("/roles/cto/", "/404.html"). */
  path: string;
  /** The HTML file on disk. */
  file: string;
}

/** Every HTML page in dist/, with the URL it is served at. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(distDir)) throw new Error('dist/ does not exist: run "npm run build" before the end-to-end tests');
  return walk(distDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const rel = relative(distDir, file).split(sep).join('/');
      const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
      return { path: basePath + path, file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The file in dist/ that serves a URL path, or undefined when nothing would. */
export function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(basePath)) return undefined;
  const rel = decodeURIComponent(pathname.slice(basePath.length));
  // trailingSlash is 'always': "/roles/cto" without its slash is not a page address.
  const file = rel === '' || rel.endsWith('/') ? join(distDir, rel, 'index.html') : join(distDir, rel);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** URL path of a role or guide page. */
export const rolePath = (id: string) => `${basePath}roles/${id}/`;
export const guidePath = (id: string) => `${basePath}guides/${id}/`;
