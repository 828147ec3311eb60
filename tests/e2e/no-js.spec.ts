// Role and guide pages are documents: they ship no client JavaScript and print cleanly.
import { expect, test } from '@playwright/test';
import { guideIds, roleIds } from './support/content.ts';
import { guidePath, rolePath } from './support/dist.ts';

const documents = [...roleIds().map(rolePath), ...guideIds().map(guidePath)];

for (const path of documents) {
  test(`${path} ships no JavaScript and prints without site chrome`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || /\.m?js(\?|$)/.test(new URL(request.url()).pathname)) scripts.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(scripts, 'JavaScript requested while loading').toEqual([]);
    // Structured data (JSON-LD) is data, not code; every other script element is refused.
    const code = await page.locator('script:not([type="application/ld+json"])').evaluateAll((els) => els.map((el) => el.outerHTML.slice(0, 120)));
    expect(code, 'script elements in the page').toEqual([]);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('main h1')).toBeVisible();
    for (const chrome of ['body > header', 'body > footer', 'nav[aria-label="Breadcrumb"]', '.skip-link']) {
      await expect(page.locator(chrome).first(), `${chrome} is hidden in print`).toBeHidden();
    }
    // Printed links carry their address, since paper cannot be clicked.
    const link = page.locator('main a[href^="/"], main a[href^="http"]').first();
    const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    const href = (await link.getAttribute('href'))!;
    expect(after.includes(href) || after.includes('attr(href)'), `printed link shows its URL (::after is ${after})`).toBe(true);
  });
}
