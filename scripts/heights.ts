// How tall each role page is at phone and desktop width: the scrolling a reader faces, in CSS pixels.
// Usage: npm run build && npm run heights [-- --dist dist] [-- --json]
// Serves dist/ itself (or measures BASE_URL when set) in the Chromium the tests use.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { chromiumArgs } from '../playwright.config.ts';
import { sectionPages } from './lib/built-pages.ts';
import { chromePath } from './lib/chromium-path.ts';
import { serveStatic } from './lib/static-server.ts';

const widths = [390, 1280] as const;
const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, json: { type: 'boolean', default: false } },
});
const dist = resolve(values.dist);
let paths: string[];
try {
  paths = sectionPages(dist, 'roles');
} catch (error) {
  console.error(`heights: ${(error as Error).message}`);
  process.exit(1);
}

const server = process.env.BASE_URL ? undefined : await serveStatic(dist);
const base = process.env.BASE_URL ?? server!.url;
const browser = await chromium.launch({ executablePath: chromePath(), args: chromiumArgs });
const heights = new Map<string, Record<number, number>>();
try {
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: 'light' });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(base + path, { waitUntil: 'load' });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      heights.set(path, { ...heights.get(path), [width]: height });
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server?.close();
}

if (values.json) {
  console.log(JSON.stringify(Object.fromEntries(heights), null, 2));
} else {
  const header = ['page', ...widths.map((w) => `${w} px`)];
  const rows = [...heights].map(([path, byWidth]) => [path, ...widths.map((w) => String(byWidth[w]))]);
  const columnWidths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(columnWidths[i]!) : cell.padStart(columnWidths[i]!))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}
