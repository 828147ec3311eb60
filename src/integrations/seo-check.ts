import { join, relative } from 'node:path';
import type { IntegrationResolvedRoute } from 'astro';
import { noindexFiles } from '../sitemap-policy.ts';
import type { ContentPage } from './content-pages.ts';
import { checkBuiltPages, formatPageProblem, type BuiltPage } from './seo-rules.ts';

/** "roles/cto/index.html" → "/roles/cto/", "404.html" → "/404": the route path the file was built from. */
function routePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
}

/** Where a built page's title and description are written: its content file, or the route that made it. */
export function pageSources(
  root: string,
  pages: ReadonlyMap<string, ContentPage>,
  routes: readonly IntegrationResolvedRoute[],
): (file: string) => BuiltPage['source'] {
  return (file) => {
    const path = routePath(file);
    const route = routes.find(
      (r) => r.type === 'page' && (r.patternRegex.test(path) || r.patternRegex.test(`${path}/`)),
    );
    return (
      pages.get(path.slice(1)) ?? {
        file: route?.entrypoint ?? relative(process.cwd(), join(root, file)),
        titleField: 'title',
        descriptionField: 'description',
      }
    );
  };
}

/** A page built with a bad title, description, canonical, h1 or noindex. Thrown without a stack: the message says it all. */
class BuiltPageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuiltPageError';
    this.stack = message;
  }
}

/**
 * Fails the build on a missing or doubled title, description, canonical or h1, a description outside
 * 50–160 characters, a title or description used twice, missing sharing tags, JSON-LD that does not parse,
 * or noindex that disagrees with the sitemap policy. `pages` are read one at a time as the check asks for
 * them: held all at once, the pages of a 5,000-role site took gigabytes of heap. Content files are checked
 * before the build (npm run check:content); this catches what the pages in src/pages/ write themselves.
 */
export function checkPages(pages: Iterable<BuiltPage>): void {
  const problems = checkBuiltPages(pages, noindexFiles);
  if (problems.length === 0) return;
  throw new BuiltPageError(
    `${problems.length} page problem(s) found after the build:\n${problems.map((p) => `  ${formatPageProblem(p)}`).join('\n')}\nFix them and run "npm run build" again.`,
  );
}
