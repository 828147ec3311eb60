// Reading the markup of many built pages without opening each one in a tab: the served HTML, fetched and
// parsed by Chromium's own parser (DOMParser), with no layout, no scripts and no stylesheets or images.
// For checks of what the server sends (elements, classes, ids, links), which a full visit to every role
// page would make about ten times slower; what a reader sees laid out is tested by opening the page.
import type { Page } from '@playwright/test';
import { basePath } from './dist.ts';

/**
 * `read` applied to the parsed document of each path, by path. `read` runs in the browser, so it can use
 * only its argument and browser globals, not variables of the test around it.
 */
export async function readServedMarkup<T>(
  page: Page,
  paths: string[],
  read: (doc: Document) => T,
): Promise<Map<string, T>> {
  // Any small file of the site will do: fetch() then resolves paths against the site's origin.
  await page.goto(`${basePath}robots.txt`);
  const results = (await page.evaluate(
    `Promise.all(${JSON.stringify(paths)}.map(async (path) => {
      const response = await fetch(path);
      if (!response.ok) throw new Error(path + ' answered ' + response.status);
      return (${read.toString()})(new DOMParser().parseFromString(await response.text(), 'text/html'));
    }))`,
  )) as T[];
  return new Map(paths.map((path, index) => [path, results[index]!]));
}
