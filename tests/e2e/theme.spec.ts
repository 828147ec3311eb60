// The theme control: follows the system by default, light or dark on request, remembered across pages
// and visits, applied before the first paint, and out of the way when JavaScript is off.
import { expect, test, type Page } from '@playwright/test';
import { rolePath } from './support/dist.ts';

const path = rolePath('backend-developer');
const darkBackground = 'rgb(20, 22, 26)';
const lightBackground = 'rgb(251, 250, 248)';
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/**
 * The page's background at its first animation frame, i.e. before anything is painted. The load event can
 * come before that frame, so this waits for the frame rather than reading straight after the navigation.
 */
async function firstFrameBackground(page: Page, url: string): Promise<string> {
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { __first: string }).__first = getComputedStyle(document.body).backgroundColor;
    });
  });
  await page.goto(url);
  const first = await page.waitForFunction(() => (window as unknown as { __first?: string }).__first);
  return (await first.jsonValue()) as string;
}

test('follows the system setting until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(path);
  await expect(page.getByLabel('Colour theme')).toHaveValue('system');
  expect(await background(page)).toBe(darkBackground);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(lightBackground);
});

test('a choice applies at once, is remembered on other pages, and is there from the first frame', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(path);
  await page.getByLabel('Colour theme').selectOption('dark');
  expect(await background(page)).toBe(darkBackground);

  expect(await firstFrameBackground(page, '/'), 'no flash of the light theme').toBe(darkBackground);
  await expect(page.getByLabel('Colour theme')).toHaveValue('dark');

  await page.getByLabel('Colour theme').selectOption('system');
  await page.reload();
  expect(await background(page)).toBe(lightBackground);
  await expect(page.getByLabel('Colour theme')).toHaveValue('system');
});

test('pinning light holds against a dark system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(path);
  await page.getByLabel('Colour theme').selectOption('light');
  expect(await firstFrameBackground(page, path)).toBe(lightBackground);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  test('the control is hidden and the page follows the system', async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('.theme-control')).toBeHidden();
    expect(await background(page)).toBe(darkBackground);
    await expect(page.locator('main h1')).toBeVisible();
  });
});
