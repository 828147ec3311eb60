// Keyboard-only use: the skip link comes first and works, and every focused control shows it.
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { pageTypes } from '../../scripts/lib/built-pages.ts';

const dist = resolve('dist');
/** How many Tab presses to follow on each page: the header, breadcrumbs and well into the content. */
const tabs = 25;

/** What the focused element looks like: its outline (or ring) and whether it is on screen. */
function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const ring =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
      (style.boxShadow !== 'none' && style.boxShadow !== '');
    const onScreen =
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.top < innerHeight &&
      box.right > 0 &&
      box.left < innerWidth;
    // Past the skip link's target: inside <main> or after it (a page whose content has no control yet).
    const main = document.getElementById('main');
    const afterMain =
      !!main &&
      (main === el ||
        (main.compareDocumentPosition(el) &
          (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)) !==
          0);
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().slice(0, 40),
      ring,
      onScreen,
      afterMain,
    };
  });
}

for (const { type, path } of pageTypes(dist)) {
  test.describe(`${type} page (${path}) by keyboard`, () => {
    test('the first Tab reaches a visible skip link that jumps to the content', async ({ page }) => {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const first = page.locator(':focus');
      await expect(first).toHaveAttribute('href', '#main');
      expect(await focusState(page)).toMatchObject({ ring: true, onScreen: true });
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main$/);
      await page.keyboard.press('Tab');
      expect((await focusState(page))?.afterMain, 'the next Tab skips the header and lands in the content').toBe(true);
    });

    test('every focused element shows a focus ring and is scrolled into view', async ({ page }) => {
      await page.goto(path);
      const unseen: string[] = [];
      for (let i = 0; i < tabs; i++) {
        await page.keyboard.press('Tab');
        const state = await focusState(page);
        if (!state) break;
        if (!state.ring || !state.onScreen)
          unseen.push(`Tab ${i + 1}: <${state.tag}> "${state.text}" ring=${state.ring} onScreen=${state.onScreen}`);
      }
      expect(unseen).toEqual([]);
    });
  });
}
