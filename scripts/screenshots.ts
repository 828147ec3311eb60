// Screenshots of every page type at phone and desktop width, light and dark, for a human to look at.
// Usage: npm run screenshots (with the site served by `npm run preview`), PNGs go to .screenshots/
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumArgs } from '../playwright.config.ts';
import { existsSync } from 'node:fs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const pages = (
  process.env.PAGES ??
  [
    '/',
    '/roles/',
    '/roles/backend-developer/',
    '/roles/cto/',
    '/roles/devops-engineer/',
    '/compare/',
    '/compare/backend-developer-vs-devops-engineer/',
    '/technologies/',
    '/technologies/postgresql/',
    '/data/',
    '/guides/',
    '/guides/backend-developer-salaries/',
    '/search/',
    '/nope/',
  ].join(',')
).split(',');
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
mkdirSync('.screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(base + path);
      const name = `${path.replace(/\//g, '_') || 'home'}-${width}-${scheme}.png`;
      await page.screenshot({ path: `.screenshots/${name}`, fullPage: process.env.FULL === '1' });
    }
    await context.close();
  }
}
await browser.close();
console.log('screenshots written to .screenshots/');
