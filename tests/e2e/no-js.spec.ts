// Role and guide pages are documents: they ship no client JavaScript and print cleanly. The one
// exception is the search box's keyboard shortcut (/ and Ctrl/Cmd+K), a tiny module whose search
// code loads only when the box is focused (tests/e2e/search.spec.ts checks that part).
import { expect, test } from '@playwright/test';
import { guideIds, roleIds } from './support/content.ts';
import { guidePath, rolePath } from './support/dist.ts';

const documents = [...roleIds().map(rolePath), ...guideIds().map(guidePath)];
const shortcutScript = /\/_astro\/(HeaderSearch\.astro_astro_type_script_index_0_lang|preload-helper)\.[\w-]+\.js$/;

for (const path of documents) {
  test(`${path} ships no JavaScript and prints without site chrome`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || /\.m?js(\?|$)/.test(new URL(request.url()).pathname))
        scripts.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(
      scripts.filter((url) => !shortcutScript.test(new URL(url).pathname)),
      'JavaScript requested while loading',
    ).toEqual([]);
    // Structured data (JSON-LD) is data, not code; every other script element but the shortcut is refused.
    const code = await page
      .locator('script:not([type="application/ld+json"]):not([type="module"][src*="HeaderSearch"])')
      .evaluateAll((els) => els.map((el) => el.outerHTML.slice(0, 120)));
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
    expect(
      after.includes(href) || after.includes('attr(href)'),
      `printed link shows its URL (::after is ${after})`,
    ).toBe(true);
  });
}
