// Reading on a phone (390 px): the header search and its suggestions fit the screen, and the header is
// laid out the same whether or not the browser has parsed all of it when it first paints.
import { expect, test, type Page } from '@playwright/test';
import { basePath } from './support/dist.ts';

test.use({ viewport: { width: 390, height: 800 } });

/** Every box of these elements lies within the screen's width. */
async function outsideScreen(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .map((el) => ({ text: (el.textContent ?? '').trim().slice(0, 40), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.left < 0 || box.right > document.documentElement.clientWidth)
      .map(({ text, box }) => `${text} (${Math.round(box.left)}..${Math.round(box.right)} px)`),
  );
}

test('the header search shows its suggestions inside the screen', async ({ page }) => {
  await page.goto(`${basePath}roles/`);
  await page.locator('#site-search').fill('engineer');
  const options = page.locator('.search-dropdown .search-option');
  // Pagefind loads on first focus: give a busy machine time.
  await expect(options.first()).toBeVisible({ timeout: 15_000 });
  expect(await options.count(), 'suggestions are showing').toBeGreaterThan(1);
  expect(await outsideScreen(page, '.search-dropdown, .search-dropdown .search-option')).toEqual([]);
});

test('the search page fits the screen', async ({ page }) => {
  await page.goto(`${basePath}search/?q=engineer`);
  await expect(page.locator('#search-results .result-link').first()).toBeVisible({ timeout: 15_000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'nothing is wider than the screen').toBeLessThanOrEqual(0);
});

// A long page may be painted before the parser reaches the end of the header; what is already on screen
// must not move when the rest arrives (issue 19: the Search button moved in a layout-shift check, because
// the search box shrank when the theme control after it was parsed).
test('no part of the header moves when a later part of the header arrives', async ({ page }) => {
  await page.goto(`${basePath}compare/backend-developer-vs-devops-engineer/`);
  // The header's parts in document order, as a parser adds them.
  const parts = ['.brand', 'nav', '.theme-control', '.search'];
  const places = () =>
    page.evaluate(
      (selectors) =>
        selectors.flatMap((selector) => {
          const part = document.querySelector(`.site-header ${selector}`);
          if (!part) return [];
          return [part, ...part.querySelectorAll('*')].map((el) => {
            const box = el.getBoundingClientRect();
            return `${el.outerHTML.slice(0, 50)} at ${Math.round(box.x)},${Math.round(box.y)}`;
          });
        }),
      parts,
    );
  const whole = await places();
  for (const selector of parts.slice(1).reverse()) {
    await page.locator(`.site-header ${selector}`).evaluate((el) => el.remove());
    const partial = await places();
    expect(partial, `without ${selector} and what follows it`).toEqual(whole.slice(0, partial.length));
  }
});
