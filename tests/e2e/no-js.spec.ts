// Role and guide pages are documents: they ship no client JavaScript and print cleanly. Two exceptions:
// the search box's keyboard shortcut (/ and Ctrl/Cmd+K), a tiny module whose search code loads only
// when the box is focused (tests/e2e/search.spec.ts checks that part), and the theme script, a few
// hundred bytes inline in <head> that applies the reader's light or dark choice before the first paint.
import { expect, test } from '@playwright/test';
import { themeScript } from '../../src/lib/page/theme-script.ts';
import { guideIds, roleIds, sampledRoleIds } from './support/content.ts';
import { guidePath, rolePath } from './support/dist.ts';

const documents = [...sampledRoleIds().map(rolePath), ...guideIds().map(guidePath)];
const shortcutScript = /\/_astro\/(HeaderSearch\.astro_astro_type_script_index_0_lang|preload-helper)\.[\w-]+\.js$/;
/** "A few hundred bytes at most" (issue 13). */
const themeScriptBudgetBytes = 500;

for (const path of documents) {
  test(`${path} ships no JavaScript but the shortcut and theme scripts, and prints without site chrome`, async ({
    page,
  }) => {
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
    // Structured data (JSON-LD) is data, not code; besides the shortcut module, the only script element
    // is the theme script, exactly as src/lib/page/theme-script.ts writes it, within its budget.
    const code = await page
      .locator('script:not([type="application/ld+json"]):not([type="module"][src*="HeaderSearch"])')
      .evaluateAll((els) => els.map((el) => ({ src: el.getAttribute('src'), text: el.textContent ?? '' })));
    expect(code, 'script elements in the page').toEqual([{ src: null, text: themeScript }]);
    expect(Buffer.byteLength(code[0]!.text), 'the theme script stays small').toBeLessThanOrEqual(
      themeScriptBudgetBytes,
    );

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('main h1')).toBeVisible();
    for (const chrome of [
      'body > header',
      'body > footer',
      'nav[aria-label="Breadcrumb"]',
      '.skip-link',
      'nav.toc',
      '.to-contents',
      '.theme-control',
    ]) {
      await expect(page.locator(chrome).first(), `${chrome} is hidden in print`).toBeHidden();
    }
    // Notes print as plain numbers, and the list's links back to the text are left off paper.
    const marker = page.locator('main a.note').first();
    if ((await marker.count()) > 0) {
      expect(await marker.evaluate((a) => getComputedStyle(a, '::before').content)).toBe('none');
      await expect(page.locator('ol.sources-list .backlinks').first()).toBeHidden();
      await expect(page.locator('ol.sources-list > li').first()).toBeVisible();
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

for (const path of sampledRoleIds().map(rolePath)) {
  test(`${path} prints its address and last-reviewed date on the first page, tables kept whole`, async ({ page }) => {
    await page.goto(path);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    await page.emulateMedia({ media: 'print' });
    const address = page.locator('main .print-only');
    await expect(address).toBeVisible();
    await expect(address).toHaveText(canonical);
    await expect(page.locator('main .page-dates')).toContainText('Last reviewed');
    // First page: both sit above the first section, within an A4 page's height at 96 dpi (1123 px).
    for (const locator of [address, page.locator('main .page-dates')]) {
      const box = (await locator.boundingBox())!;
      expect(box.y + box.height).toBeLessThan(1123);
    }
    const breaks = await page
      .locator('main table, main table tr')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside));
    expect(breaks.every((value) => value === 'avoid')).toBe(true);
  });
}
