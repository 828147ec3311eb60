import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, IntegrationResolvedRoute } from 'astro';
import { noindexFiles } from '../sitemap-policy.ts';
import type { ContentPage } from './content-pages.ts';
import { checkBuiltPages, formatPageProblem, type BuiltPage } from './seo-rules.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.split('\\').join('/'))
    .sort();
}

/** "roles/cto/index.html" → "/roles/cto/", "404.html" → "/404": the route path the file was built from. */
function routePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
}

/**
 * Each built page with where its title and description come from, read one at a time as the check asks:
 * held all at once, the pages of a 5,000-role site took gigabytes of heap.
 */
function* builtPages(
  root: string,
  files: string[],
  pages: Map<string, ContentPage>,
  routes: IntegrationResolvedRoute[],
): Generator<BuiltPage> {
  for (const file of files) {
    const path = routePath(file);
    const route = routes.find(
      (r) => r.type === 'page' && (r.patternRegex.test(path) || r.patternRegex.test(`${path}/`)),
    );
    const source = pages.get(path.slice(1)) ?? {
      file: route?.entrypoint ?? relative(process.cwd(), join(root, file)),
      titleField: 'title',
      descriptionField: 'description',
    };
    yield { file, html: readFileSync(join(root, file), 'utf8'), source };
  }
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
 * After every build, reads each HTML page in dist/ and fails the build on a missing or
 * doubled title, description, canonical or h1, a description outside 50–160 characters,
 * a title or description used twice, missing sharing tags, JSON-LD that does not parse, or
 * noindex that disagrees with the sitemap policy. Content files are checked before the
 * build (npm run check:content); this catches what the pages in src/pages/ write themselves.
 */
export function seoCheck(pages: Map<string, ContentPage>): AstroIntegration {
  let routes: IntegrationResolvedRoute[] = [];
  return {
    name: 'career-atlas:seo-check',
    hooks: {
      'astro:routes:resolved': ({ routes: resolved }) => {
        routes = resolved;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = htmlFiles(root);
        const problems = checkBuiltPages(builtPages(root, files, pages, routes), noindexFiles);
        if (problems.length === 0) {
          logger.info(`${files.length} pages have one title, description, canonical and h1, unique and within length.`);
          return;
        }
        throw new BuiltPageError(
          `${problems.length} page problem(s) found after the build:\n${problems.map((p) => `  ${formatPageProblem(p)}`).join('\n')}\nFix them and run "npm run build" again.`,
        );
      },
    },
  };
}
