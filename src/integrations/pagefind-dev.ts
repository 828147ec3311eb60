import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

interface Options {
  /** The build output folder (Astro's `outDir`), whose `pagefind/` holds the last index. */
  outDir: string;
  /** The site's base path ("/" or "/guide/"). */
  base: string;
  logger?: { info(message: string): void };
}

/**
 * Dev-server middleware: answers `<base>pagefind/*` from the last build's index, read
 * in place. Anything else, or a missing file, falls through to Astro (a 404), which the
 * search UI reports as "no index yet: run npm run build".
 */
export function servePagefindFromLastBuild({ outDir, base, logger }: Options) {
  const prefix = `${base.replace(/\/?$/, '/')}pagefind/`;
  const root = join(outDir, 'pagefind');
  logger?.info(
    existsSync(root)
      ? `search in dev uses the index from the last build (${root}); run npm run build to refresh it`
      : 'search in dev has no index yet: run npm run build once, then reload the page',
  );
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    let path: string;
    try {
      path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    } catch {
      return next(); // a malformed URL is not a file of ours
    }
    if (!path.startsWith(prefix)) return next();
    const file = normalize(join(root, path.slice(prefix.length)));
    // Never serve anything outside the index folder ("../" in the URL).
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
    res.statusCode = 200;
    res.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-store');
    createReadStream(file).pipe(res);
  };
}
