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

// On a phone an empty search page shows nothing from the index (its filters are folded), so the index waits
// for the reader: Lighthouse's slow phone spent 330 ms of main thread loading it for nothing.
test('the empty search page loads the index only when the reader starts, then searches', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${basePath}search/`);
  await page.waitForLoadState('networkidle');
  // pagefind.js itself is preloaded (a few KB, not run); its entry file, WebAssembly and index wait.
  expect(requests.filter((path) => path.includes('/pagefind/') && !path.endsWith('/pagefind.js'))).toEqual([]);
  await page.locator('#search-input').fill('engineer');
  await expect(page.locator('#search-results .result-link').first()).toBeVisible({ timeout: 15_000 });
  expect(requests.some((path) => path.endsWith('/pagefind/pagefind-entry.json'))).toBe(true);
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

/** Elements inside the page's tables whose box reaches past their scrolling box or the screen. */
async function hiddenSideways(page: Page): Promise<string[]> {
  return page.locator('main table').evaluateAll((tables) =>
    tables.flatMap((table) => {
      const width = document.documentElement.clientWidth;
      const cells = [...table.querySelectorAll('th, td, th *, td *')];
      const scrollers = [table, ...ancestors(table)].filter((el) => el.scrollWidth > el.clientWidth + 1);
      return [
        ...scrollers.map((el) => `${el.tagName}.${el.className} scrolls sideways`),
        ...cells
          .filter((cell) => {
            const box = cell.getBoundingClientRect();
            return box.width > 0 && (box.left < 0 || box.right > width + 0.5);
          })
          .map((cell) => `${(cell.textContent ?? '').trim().slice(0, 40)} is off screen`),
      ];
      function ancestors(el: Element): Element[] {
        return el.parentElement && el.parentElement !== document.body
          ? [el.parentElement, ...ancestors(el.parentElement)]
          : [];
      }
    }),
  );
}

test('a compare page’s tables show every column on the screen, with each value under its role’s name', async ({
  page,
}) => {
  await page.goto(`${basePath}compare/backend-developer-vs-devops-engineer/`);
  const table = page.locator('main table.compare-figures');
  await expect(table).toHaveCount(1);
  expect(await hiddenSideways(page)).toEqual([]);
  const cells = table.locator('td[data-role]');
  expect(await cells.count()).toBeGreaterThan(1);
  for (const cell of await cells.all()) {
    const label = await cell.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(label, 'each value is labelled with its role').toMatch(/^"(Back-end developer|DevOps engineer)"$/);
  }
});

test('a compare page has a contents list, back links that open it, and a way back to the top', async ({ page }) => {
  await page.goto(`${basePath}compare/backend-developer-vs-engineering-manager/`);
  const contents = page.locator('#contents');
  const links = contents.locator('ol a');
  expect(await links.count()).toBeGreaterThan(4);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(`main ${href}`), `${href} is a section of the page`).toHaveCount(1);
  }
  await expect(links.first()).toBeHidden();
  await page.locator('#figures').locator('xpath=..').getByRole('link', { name: 'Back to contents' }).click();
  await expect(links.first(), 'the contents are open after "Back to contents"').toBeVisible();
  await expect(contents).toBeInViewport();
  await page.getByRole('link', { name: 'Back to top' }).click();
  await expect(page.locator('.site-header')).toBeInViewport();
});

test('"Back to contents" on a role page opens the folded contents', async ({ page }) => {
  await page.goto(`${basePath}roles/backend-developer/`);
  const first = page.locator('#contents ol a').first();
  await expect(first).toBeHidden();
  await page.getByRole('link', { name: 'Back to contents' }).last().click();
  await expect(first).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to top' })).toHaveCount(1);
});
