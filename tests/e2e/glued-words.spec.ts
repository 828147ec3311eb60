// No two words glued where two elements meet: "see" + <a>compare roles</a> must not read "seecompare
// roles", on screen, in search excerpts or to a screen reader. Checked in the browser, which knows which
// elements flow together in one line of text (inline) and which start a line of their own (block, cell,
// flex or grid item): only text of one line can run together.
import { expect, test } from '@playwright/test';
import { builtPages } from './support/dist.ts';

/** Up to three pages of each kind (the first path segment), so every page type is read. */
function samplePages(): string[] {
  const byKind = new Map<string, string[]>();
  for (const { path } of builtPages()) {
    const kind = path.split('/').filter(Boolean)[0] ?? 'home';
    byKind.set(kind, [...(byKind.get(kind) ?? []), path]);
  }
  return [...byKind.values()].flatMap((paths) => paths.slice(0, 3));
}

/** In the page: every boundary between two elements' text, in one line, with word characters on both sides. */
function findGluedWords(): string[] {
  const word = /[\p{L}\p{N}]/u;
  const isInline = (el: Element) => ['inline', 'contents'].includes(getComputedStyle(el).display);
  // The box a text lays out in: its nearest ancestor that is not inline.
  const lineBox = (node: Node) => {
    let el = node.parentElement;
    while (el && isInline(el)) el = el.parentElement;
    return el;
  };
  // A note's number (<sup>) sits against its word by convention.
  const skipped = (node: Node) =>
    node.parentElement?.closest('script, style, svg, noscript, template, select, sup') != null;
  const px = (value: string) => Number.parseFloat(value) || 0;
  const generated = (value: string) => value !== 'none' && value !== 'normal' && value !== '""';
  // Whether the style between two texts keeps them apart: a separator drawn by CSS (" · ", ": ") or a margin.
  const keptApart = (left: Element, right: Element) => {
    const common = [...ancestors(left)].find((el) => el.contains(right));
    for (const el of ancestors(left)) {
      if (el === common) break;
      const style = getComputedStyle(el);
      if (generated(getComputedStyle(el, '::after').content) || px(style.marginRight) + px(style.paddingRight) > 0)
        return true;
    }
    for (const el of ancestors(right)) {
      if (el === common) break;
      const style = getComputedStyle(el);
      if (generated(getComputedStyle(el, '::before').content) || px(style.marginLeft) + px(style.paddingLeft) > 0)
        return true;
    }
    return false;
  };
  function* ancestors(el: Element | null): Generator<Element> {
    for (; el; el = el.parentElement) yield el;
  }
  const rendered = (node: Node) => {
    const el = node.parentElement;
    return el != null && el.getClientRects().length > 0;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const glued: string[] = [];
  let previous: Text | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (skipped(text) || !rendered(text) || text.data === '') continue;
    if (text.data.trim() === '') {
      previous = text;
      continue;
    }
    if (previous && previous.parentElement !== text.parentElement && lineBox(previous) === lineBox(text)) {
      const [last, first] = [previous.data.at(-1) ?? '', text.data[0] ?? ''];
      if (word.test(last) && word.test(first) && !keptApart(previous.parentElement!, text.parentElement!)) {
        glued.push(`"${previous.data.trim().split(/\s+/).at(-1)}" + "${text.data.trim().split(/\s+/)[0]}"`);
      }
    }
    previous = text;
  }
  return glued;
}

test('no page glues the words of two elements together', async ({ page }) => {
  test.setTimeout(180_000);
  const pages = samplePages();
  expect(pages.length).toBeGreaterThan(10);
  const found: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    for (const glued of await page.evaluate(findGluedWords)) found.push(`${path}: ${glued}`);
  }
  expect(found).toEqual([]);
});
