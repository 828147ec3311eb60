// Every internal link on every built page leads somewhere: the page exists in dist/ and, when the
// link has a #fragment, an element with that id (or name) exists on it. And every page is linked
// from another, so none is an orphan. Files are read from disk and parsed by the browser's own HTML
// parser, so no server round trip per link.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages, fileFor } from './support/dist.ts';

interface ParsedPage {
  path: string;
  hrefs: string[];
  ids: string[];
}

test('every internal link and anchor on every built page resolves', async ({ page }) => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(0);
  const sources = pages.map(({ path, file }) => ({ path, html: readFileSync(file, 'utf8') }));

  const parsed: ParsedPage[] = await page.evaluate((docs) => {
    const parser = new DOMParser();
    return docs.map(({ path, html }) => {
      const doc = parser.parseFromString(html, 'text/html');
      return {
        path,
        hrefs: [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
        ids: [...doc.querySelectorAll('[id], a[name]')].map((el) => el.id || el.getAttribute('name')!),
      };
    });
  }, sources);

  // Anchors of every page, by URL path; a page's own anchors are used for "#x" links.
  const anchorsOf = new Map(parsed.map((p) => [p.path, new Set(p.ids)]));
  const origin = 'http://site.test';
  const broken: string[] = [];
  let checked = 0;

  for (const { path, hrefs } of parsed) {
    for (const href of hrefs) {
      const url = new URL(href, origin + path);
      if (url.origin !== origin) continue; // external: not this test's business
      checked++;
      const target = url.pathname;
      const file = fileFor(target);
      if (!file) {
        broken.push(`${path}  ${href}  no page at ${target}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment === '' || fragment === 'top') continue;
      const anchors = anchorsOf.get(target) ?? anchorsOf.get(target.replace(/index\.html$/, ''));
      if (!anchors) {
        broken.push(`${path}  ${href}  #${fragment} points into a file that is not an HTML page`);
      } else if (!anchors.has(fragment)) {
        broken.push(`${path}  ${href}  ${target} has no element with id "${fragment}"`);
      }
    }
  }

  expect(checked, 'internal links found').toBeGreaterThan(pages.length);
  expect(broken, `${broken.length} broken internal link(s):\n${broken.join('\n')}`).toEqual([]);

  // No orphan: every page but the error page is linked from some other page, so a reader (and a
  // crawler) can reach it by following links from the home page.
  const linkedFrom = new Map<string, Set<string>>();
  for (const { path, hrefs } of parsed) {
    for (const href of hrefs) {
      const url = new URL(href, origin + path);
      if (url.origin !== origin || url.pathname === path) continue;
      linkedFrom.set(url.pathname, (linkedFrom.get(url.pathname) ?? new Set()).add(path));
    }
  }
  const orphans = pages.map((p) => p.path).filter((path) => !/\/404(\.html)?$/.test(path) && !linkedFrom.has(path));
  expect(orphans, 'pages no other page links to').toEqual([]);
});
