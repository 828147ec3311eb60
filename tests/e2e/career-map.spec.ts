// Career maps on the built site: each role's map links exactly the roles the progression data puts one
// and two steps before and after it (both ends of a step count), marks the role itself, is reachable
// by keyboard with a visible ring, scrolls inside its own box on a phone; /roles/ maps every role.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { similarColumnLimit } from '../../src/lib/onet/similar-roles.ts';
import { role, roleIds, sampledRoleIds, steps } from './support/content.ts';
import { basePath, fileFor, rolePath } from './support/dist.ts';

const { leadsTo, comesFrom } = steps();

/** Role ids one and two steps away along `next`, nearer steps (and, on a tie, later roles) first. */
function expectedColumns(id: string) {
  const placed = new Map<string, number>([[id, 0]]);
  let ahead = [id];
  let behind = [id];
  for (const distance of [1, 2]) {
    const reach = (frontier: string[], next: Map<string, Set<string>>, layer: number) =>
      frontier.flatMap((from) =>
        [...next.get(from)!].filter((to) => !placed.has(to) && placed.set(to, layer)).map((to) => to),
      );
    ahead = reach(ahead, leadsTo, distance);
    behind = reach(behind, comesFrom, -distance);
  }
  return placed;
}

const similarColumnName = 'Similar (O*NET)';
const columnNames: Record<number, string> = {
  [-2]: '2 steps before',
  [-1]: '1 step before',
  0: 'This role',
  1: '1 step on',
  2: '2 steps on',
};

/** The map's links, column by column, as role ids. */
async function mapColumns(page: Page): Promise<Map<string, string[]>> {
  const columns = await page.locator('#career-map svg > g > g').evaluateAll((groups) =>
    groups.map((g) => ({
      name: g.querySelector(':scope > text')?.textContent?.trim() ?? '',
      links: [...g.querySelectorAll('a')].map((a) => a.getAttribute('href')!),
    })),
  );
  return new Map(columns.map((c) => [c.name, c.links.map((href) => /\/roles\/([^/]+)\/$/.exec(href)![1]!)] as const));
}

for (const id of sampledRoleIds()) {
  const expected = expectedColumns(id);
  test(`${id}: the map links the roles two steps before and after it, column by column`, async ({ page }) => {
    await page.goto(rolePath(id));
    const map = page.locator('#career-map');
    // Every role has a map: O*NET's similar occupations give one to a role with no sourced step.
    await expect(map).toHaveCount(1);
    await expect(page.locator('nav.toc a[href="#career-map"]')).toHaveCount(1);
    const columns = await mapColumns(page);
    // The similar roles' column is checked in its own test; the steps are checked here.
    const similarColumn = columns.get(similarColumnName) ?? [];
    columns.delete(similarColumnName);
    for (const other of similarColumn) expect(expected.has(other), `${other} is not also a step away`).toBe(false);
    const layers = [...new Set(expected.values())].sort((a, b) => a - b);
    expect([...columns.keys()]).toEqual(layers.map((l) => columnNames[l]));
    for (const layer of layers) {
      const want = [...expected].filter(([, l]) => l === layer).map(([r]) => r);
      expect(columns.get(columnNames[layer]!)!.sort(), `${columnNames[layer]}`).toEqual(want.sort());
    }
    // One step each way is exactly what the lists below say, in both directions.
    expect(columns.get('1 step on')?.sort() ?? []).toEqual([...leadsTo.get(id)!].sort());
    expect(columns.get('1 step before')?.sort() ?? []).toEqual([...comesFrom.get(id)!].sort());

    // The role itself: marked for assistive technology, and visibly (not by colour alone).
    const here = map.locator('a[aria-current="page"]');
    await expect(here).toHaveCount(1);
    await expect(here).toHaveAttribute('href', rolePath(id));
    expect(await here.locator('rect').getAttribute('stroke-width')).toBe('3');
    expect(await here.locator('text').getAttribute('font-weight')).toBe('700');
  });
}

test('every box of a map is a link named by its title', async ({ page }) => {
  await page.goto(rolePath('backend-developer'));
  const links = page.locator('#career-map a');
  const count = await links.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const slug = /\/roles\/([^/]+)\/$/.exec((await link.getAttribute('href'))!)![1]!;
    await expect(link).toHaveAccessibleName(role(slug).title);
  }
});

test('Tab reaches every box of the map, each with a visible focus ring, scrolled into view', async ({ page }) => {
  // A phone: the map is wider than the screen and scrolls inside its own box.
  await page.setViewportSize({ width: 390, height: 800 });
  const id = roleIds().reduce((a, b) => (expectedColumns(b).size > expectedColumns(a).size ? b : a));
  await page.goto(rolePath(id));
  const links = page.locator('#career-map a');
  const total = await links.count();
  // Start from the element just before the map, then Tab through it.
  await page.locator('#progression').evaluate((h) => {
    h.setAttribute('tabindex', '-1');
    (h as HTMLElement).focus();
  });
  const seen: string[] = [];
  for (let i = 0; i < total; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const el = document.activeElement!;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return {
        inMap: !!el.closest('#career-map'),
        href: el.getAttribute('href'),
        ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        onScreen: box.left >= 0 && box.right <= innerWidth && box.top >= 0 && box.bottom <= innerHeight,
      };
    });
    expect(state.inMap, `Tab ${i + 1} stays in the map`).toBe(true);
    expect(state.ring, `${state.href} shows a focus ring`).toBe(true);
    expect(state.onScreen, `${state.href} is scrolled into view`).toBe(true);
    seen.push(state.href!);
  }
  expect(new Set(seen).size).toBe(total);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('/roles/ maps every role once, with every step between them', async ({ page }) => {
  await page.goto(`${basePath}roles/`);
  const map = page.locator('section[aria-labelledby="career-map-title"] figure');
  await expect(map).toHaveCount(1);
  const linked = await map.locator('svg a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(linked.sort()).toEqual(roleIds().map(rolePath).sort());
  const stepCount = [...leadsTo.values()].reduce((sum, next) => sum + next.size, 0);
  // One path of arrowheads: one closed triangle per step.
  const heads = await map.locator('svg > g > path:not([fill="none"])').getAttribute('d');
  expect((heads ?? '').split('z').filter(Boolean)).toHaveLength(stepCount);
  // The key names every family that has a role, and colour is not the only cue: outlines differ too.
  const families = new Set(roleIds().map((id) => role(id).family));
  await expect(map.locator('li')).toHaveCount(families.size);
  const dashes = await map
    .locator('li rect')
    .evaluateAll((rects) => rects.map((r) => r.getAttribute('stroke-dasharray')));
  expect(new Set(dashes).size).toBe(dashes.length);
});

test("every role's map has at least one edge: a sourced step (solid) or O*NET's similar occupations (dashed)", () => {
  for (const id of roleIds()) {
    const html = readFileSync(fileFor(rolePath(id))!, 'utf8');
    const figure = /<figure[^>]*id="career-map"[\s\S]*?<\/figure>/.exec(html)?.[0];
    expect(figure, `${id} has a career map`).toBeDefined();
    const steps = /<path d="(M[^"]+)" fill="none"/.exec(figure!)?.[1];
    const similar = /<path d="(M[^"]+)"[^>]*stroke-dasharray="5 4"[^>]*data-edge-kind="similar"/.exec(figure!)?.[1];
    expect(Boolean(steps) || Boolean(similar), id).toBe(true);
    // A dashed edge is named in the key and in words, so the map is not the only place it is said.
    if (similar) {
      expect(similar.match(/M/g)!.length, `${id}: at most ${similarColumnLimit} similar roles`).toBeLessThanOrEqual(
        similarColumnLimit,
      );
      expect(figure).toContain('similar occupations, as O*NET ranks them');
      expect(figure).toMatch(/data-similar-pairs[^>]*>\s*Similar occupations on this map: .+ and .+\./);
    }
  }
});

test('/roles/ draws similar occupations dashed, a few per role, apart from the steps', async ({ page }) => {
  await page.goto(`${basePath}roles/`);
  const map = page.locator('section[aria-labelledby="career-map-title"] figure');
  const dashed = map.locator('svg > g > path[data-edge-kind="similar"]');
  await expect(dashed).toHaveCount(1);
  const pairs = ((await map.locator('[data-similar-pairs]').textContent()) ?? '').split(';');
  expect(pairs.length).toBeGreaterThan(0);
  expect(pairs.length, 'at most two named per role keeps the map readable').toBeLessThanOrEqual(2 * roleIds().length);
  const starts = ((await dashed.getAttribute('d')) ?? '').match(/M/g) ?? [];
  expect(starts).toHaveLength(pairs.length);
});
