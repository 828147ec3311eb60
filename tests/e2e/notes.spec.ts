// Citations as numbered notes: every marker in the text links to its entry in the page's source list,
// carries that entry's number and an accessible name, and the entry links back to it; every back link
// leads to a marker. One marker per <Cite> in the content file.
import { expect, test } from '@playwright/test';
import {
  citationCount,
  figuresOf,
  guideBody,
  guideIds,
  role,
  roleBody,
  roleIds,
  sampledRoleIds,
} from './support/content.ts';
import { guidePath, rolePath } from './support/dist.ts';

const pages = [
  // A role lists its own sources and the editions of statistics its official figures come from.
  ...sampledRoleIds().map((id) => {
    const { salaries, outlook } = figuresOf(id);
    const editions = [...salaries, ...outlook].flatMap((f) => (f.official ? [f.source] : []));
    return { path: rolePath(id), body: roleBody(id), listed: new Set([...role(id).sources, ...editions]).size };
  }),
  ...guideIds().map((id) => ({
    path: guidePath(id),
    body: guideBody(id),
    listed: new Set([...guideBody(id).matchAll(/<Cite\s+source=["']([^"']+)/g)].map((m) => m[1])).size,
  })),
];

for (const { path, body, listed } of pages) {
  test(`${path}: every note marker links to its source entry and back`, async ({ page }) => {
    await page.goto(path);
    const walk = await page.evaluate(() => {
      const problems: string[] = [];
      const list = document.querySelector('main ol.sources-list');
      const entries = list ? [...list.children] : [];
      const markers = [...document.querySelectorAll<HTMLAnchorElement>('main a.note')];
      const firstSeen: number[] = [];
      for (const marker of markers) {
        const target = document.getElementById(decodeURIComponent(marker.hash.slice(1)));
        const number = target ? entries.indexOf(target) + 1 : 0;
        if (number === 0) {
          problems.push(`${marker.id} links to ${marker.hash}, which is no entry of the source list`);
          continue;
        }
        if (!firstSeen.includes(number)) firstSeen.push(number);
        if (marker.textContent?.trim() !== String(number))
          problems.push(`${marker.id} shows "${marker.textContent}" but links to entry ${number}`);
        if (!marker.getAttribute('aria-label')?.startsWith(`Source ${number}: `))
          problems.push(`${marker.id} is named "${marker.getAttribute('aria-label')}"`);
        if (!target!.querySelector(`a[href="#${marker.id}"]`))
          problems.push(`entry ${number} has no link back to ${marker.id}`);
      }
      for (const back of list?.querySelectorAll<HTMLAnchorElement>('a[href^="#cite-"]') ?? []) {
        const marker = document.getElementById(back.hash.slice(1));
        if (!marker?.matches('a.note')) problems.push(`the back link ${back.hash} leads to no marker`);
      }
      return {
        problems,
        markers: markers.length,
        ids: markers.map((m) => m.id),
        entries: entries.length,
        firstSeen,
      };
    });
    expect(walk.problems, walk.problems.join('\n')).toEqual([]);
    expect(walk.markers, 'one marker per <Cite> in the content file').toBe(citationCount(body));
    expect(new Set(walk.ids).size, 'marker ids are unique').toBe(walk.markers);
    // Numbered in order of first citation: the first new source is 1, the next new one 2, …
    expect(walk.firstSeen).toEqual(walk.firstSeen.map((_, i) => i + 1));
    expect(walk.entries, 'the list shows every source of the page').toBe(listed);
  });
}

test('a note marker is reachable by keyboard, visibly focused, and jumps to its source and back', async ({ page }) => {
  await page.goto(rolePath('backend-developer'));
  const marker = page.locator('main a.note').first();
  await marker.focus();
  const ring = await marker.evaluate((el) => getComputedStyle(el).outlineStyle !== 'none');
  expect(ring, 'the focused marker shows a focus ring').toBe(true);
  const id = await marker.getAttribute('id');
  const href = (await marker.getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const entry = page.locator(href);
  await expect(entry).toBeInViewport();
  await entry.locator(`a[href="#${id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(marker).toBeInViewport();
});
