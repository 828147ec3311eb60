// What the build wrote: the HTML pages of dist/, found on disk so tests and scripts follow the content.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from '../../src/lib/io/built-files.ts';

// The same list the build's pass over its pages reads, so a test and the build never disagree on the pages.
export { htmlFiles };

/** URL paths ("/roles/cto/") of the pages under dist/<section>/, one per folder with an index.html. */
export function sectionPages(distDir: string, section: string): string[] {
  const dir = join(distDir, section);
  if (!existsSync(dir)) throw new Error(`${dir} does not exist — run "npm run build" first`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/${section}/${entry.name}/`)
    .sort();
}

/**
 * What a reader sees of a built page or drawing, as one line: no head, scripts or styles, a space where each
 * tag was, the entities the build writes decoded, runs of white space as one space.
 */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&#36;|&dollar;/g, '$')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The file behind a URL path. */
export function fileFor(distDir: string, path: string): string {
  return path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path);
}

/** The page with the largest HTML in a section: the one that tests a byte budget hardest. */
export function largestPage(distDir: string, section: string): string {
  const pages = sectionPages(distDir, section);
  if (pages.length === 0) throw new Error(`no pages under ${join(distDir, section)} — run "npm run build" first`);
  return pages.reduce((a, b) => (statSync(fileFor(distDir, b)).size > statSync(fileFor(distDir, a)).size ? b : a));
}

/** Every built HTML file's visible text, by its path relative to dist/. */
export function builtPageTexts(distDir: string): Map<string, string> {
  return new Map(htmlFiles(distDir).map((file) => [file, visibleText(readFileSync(join(distDir, file), 'utf8'))]));
}

/** One page of each type, the heaviest where there is a choice: what the browser tests visit. */
export function pageTypes(distDir: string): { type: string; path: string }[] {
  return [
    { type: 'home', path: '/' },
    { type: 'roles index', path: '/roles/' },
    { type: 'role', path: largestPage(distDir, 'roles') },
    { type: 'guides index', path: '/guides/' },
    { type: 'guide', path: largestPage(distDir, 'guides') },
    { type: 'technologies index', path: '/technologies/' },
    { type: 'technology', path: largestPage(distDir, 'technologies') },
    { type: 'compare', path: largestPage(distDir, 'compare') },
    { type: 'search', path: '/search/' },
    { type: 'open data', path: '/data/' },
    { type: 'not found', path: '/404.html' },
  ];
}

/** Sections whose pages come from one template and multiply with the data (linked pairs, technologies). */
export const generatedSections = ['compare', 'technologies'] as const;

/**
 * The pages that per-page browser tests visit: every page written by an editor or listing them, and of each
 * generated section its index, its first and last page by address and its largest. Checks that read files
 * (links, figure tokens, the build's SEO check) still cover every page; this keeps CI's browser time from
 * growing with every pair of roles.
 */
export function samplePages<T extends { path: string }>(pages: readonly T[], bytesOf: (page: T) => number): T[] {
  const section = (page: T) => generatedSections.find((s) => new RegExp(`/${s}/[^/]+/$`).test(page.path));
  const kept = new Set<T>(pages.filter((page) => section(page) === undefined));
  for (const name of generatedSections) {
    const inSection = pages.filter((page) => section(page) === name).sort((a, b) => a.path.localeCompare(b.path));
    if (inSection.length === 0) continue;
    const largest = inSection.reduce((a, b) => (bytesOf(b) > bytesOf(a) ? b : a));
    for (const page of [inSection[0]!, inSection.at(-1)!, largest]) kept.add(page);
  }
  return pages.filter((page) => kept.has(page));
}
