// Search by the names people type (issue 17 "Also called", issue 18 item 5): O*NET's alternate titles of a
// role's occupation find that role first, without showing on the page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { technologySlug } from '../../src/lib/onet/technology-pages.ts';
import { pageTitles, searchTitles } from '../../src/lib/onet/titles.ts';
import { role, roleIds } from './support/content.ts';

interface OnetFile {
  code: string;
  title: string;
  alternateTitles: { title: string; shortTitle?: string }[];
  technologies: { example: string; hot: boolean; inDemand: boolean }[];
}
const occupations = new Map(
  readdirSync('content/onet/occupations').map((file) => {
    const data = parse(readFileSync(join('content/onet/occupations', file), 'utf8')) as OnetFile;
    return [data.code, data] as const;
  }),
);
const codeOf = (id: string) => (role(id) as { onetOccupations?: { code: string }[] }).onetOccupations?.[0]?.code;
const normal = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');
const rolesOn = (code: string) => roleIds().filter((id) => codeOf(id) === code);
/** The O*NET codes the site's roles map to, and those only one role maps to. */
const mappedCodes = [...new Set(roleIds().map(codeOf))].filter((c): c is string => !!c).sort();
const soleCodes = mappedCodes.filter((c) => rolesOn(c).length === 1);

/** Every text an editor wrote (O*NET's own files aside), lowercased: where "today's content" names things. */
function editorialText(dir = 'content'): string {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !(e.isDirectory() && e.name === 'onet'))
    .map((e) => (e.isDirectory() ? editorialText(join(dir, e.name)) : readFileSync(join(dir, e.name), 'utf8')))
    .join('\n')
    .toLowerCase();
}

/**
 * The role a query should find: the one whose title or alias it is, else the only role on the O*NET
 * occupation whose title or alternate title it is. Undefined when no role on the site is that occupation.
 */
function roleFor(query: string): string | undefined {
  const own = roleIds().find((id) =>
    [role(id).title, ...((role(id) as { aliases?: string[] }).aliases ?? [])].some((n) => normal(n) === normal(query)),
  );
  if (own) return own;
  const names = (o: OnetFile) => [o.title, ...searchTitles(o as never)].map(normal);
  const codes = [...occupations.values()].filter((o) => names(o).includes(normal(query))).map((o) => o.code);
  const candidates = codes.flatMap(rolesOn);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Three alternate titles that appear nowhere in today's content, each of an occupation only one role maps to. */
function unseenTitles(): { title: string; roleId: string }[] {
  const text = editorialText();
  const picked: { title: string; roleId: string }[] = [];
  for (const code of soleCodes) {
    const occupation = occupations.get(code) as never;
    // Not among the few a role page lists under "Also called": the test is about search data.
    const listed = new Set(pageTitles(occupation, role(rolesOn(code)[0]!).title).map(normal));
    const titles = searchTitles(occupation)
      .filter((t) => t.split(' ').length >= 2 && !t.includes('(') && !text.includes(t.toLowerCase()))
      .filter((t) => !listed.has(normal(t)))
      .filter((t) => roleFor(t) === rolesOn(code)[0]);
    // Up to two from each occupation, so three can come from the few occupations only one role maps to.
    for (const title of titles.slice(0, 2)) picked.push({ title, roleId: rolesOn(code)[0]! });
  }
  return picked.slice(0, 3);
}

async function firstResultPath(page: Page, query: string): Promise<string> {
  await page.goto('/search/');
  await page.locator('#search-input').fill(query);
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(page.locator('#search-status')).toHaveText(new RegExp(`results? for “${escaped}”`));
  const href = await page.locator('#search-results .result-link').first().getAttribute('href');
  return new URL(href!, 'http://x').pathname;
}

const unseen = unseenTitles();
test('the data give three alternate titles that appear nowhere in the editors’ content', () => {
  expect(unseen.map((u) => u.roleId).length).toBe(3);
});
for (const { title, roleId } of unseen) {
  test(`"${title}" (an O*NET alternate title) finds ${roleId} first`, async ({ page }) => {
    expect(await firstResultPath(page, title)).toBe(`/roles/${roleId}/`);
    // Search data, not visible clutter: the title is not in the page's visible text.
    await page.goto(`/roles/${roleId}/`);
    expect((await page.locator('main').innerText()).toLowerCase()).not.toContain(title.toLowerCase());
  });
}

for (const query of [
  'information security analyst',
  'network administrator',
  'QA tester',
  'data scientist',
  'IT project manager',
]) {
  test(`"${query}" finds the right role first`, async ({ page }) => {
    const expected = roleFor(query);
    test.skip(
      !expected,
      `no role on this branch is the O*NET occupation "${query}" names (the new profiles of issue 18)`,
    );
    expect(await firstResultPath(page, query)).toBe(`/roles/${expected}/`);
  });
}

// Issue 19: a role's search record names the O*NET technologies that have no page of their own; one with a page
// is found through that page, which lists every role that uses it.
/** An O*NET technology of an occupation only `roleId` maps to, named nowhere in the editors' content, with or without a page. */
function onetTechnology(withPage: boolean): { name: string; roleId: string } | undefined {
  const text = editorialText();
  const otherNames = mappedCodes.flatMap((c) =>
    searchTitles(occupations.get(c) as never).map((title) => title.toLowerCase()),
  );
  const usedBy = (example: string) =>
    mappedCodes.filter((c) => occupations.get(c)?.technologies.some((t) => t.example === example)).length;
  for (const code of soleCodes) {
    const roleId = rolesOn(code)[0]!;
    const rolePage = readFileSync(join('dist/roles', roleId, 'index.html'), 'utf8').toLowerCase();
    for (const t of occupations.get(code)!.technologies) {
      const hasPage = existsSync(join('dist/technologies', technologySlug(t.example), 'index.html'));
      const plain = /^[A-Za-z][A-Za-z ]+$/.test(t.example) && t.example.split(' ').length >= 2;
      const core = t.example.replace(/\s+software$/i, '').toLowerCase();
      const named = [t.example.toLowerCase(), core].some((n) => text.includes(n));
      if (hasPage !== withPage || !plain || named) continue;
      // With a page: one of the many the role page does not show (the page shows the first Hot and In demand).
      if (withPage && rolePage.includes(core)) continue;
      // Nor in another name of a role's occupation, which that role's record carries ("Identity and Access Management …").
      if (otherNames.some((title) => title.includes(core))) continue;
      // Without a page: used by this role alone and not flagged, so the rule gives it none.
      if (!withPage && (t.hot || t.inDemand || usedBy(t.example) !== 1)) continue;
      return { name: t.example, roleId };
    }
  }
  return undefined;
}

test('an O*NET technology without a page of its own finds the role that uses it', async ({ page }) => {
  const found = onetTechnology(false);
  expect(found, 'the data give an unflagged O*NET technology one role uses').toBeDefined();
  expect(await firstResultPath(page, found!.name)).toBe(`/roles/${found!.roleId}/`);
});

test('an O*NET technology with a page is found through that page, which links the role', async ({ page }) => {
  const found = onetTechnology(true);
  expect(found, 'the data give an O*NET technology with a page').toBeDefined();
  const path = `/technologies/${technologySlug(found!.name)}/`;
  expect(await firstResultPath(page, found!.name)).toBe(path);
  // Not through the role's record: the role page neither shows the name nor carries it as search data. Every
  // result, not only those the page lists first: many roles' occupations use the same technology.
  const paths = await page.evaluate(async (query) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const { results } = await pagefind.search(query);
    return Promise.all(results.map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
  }, found!.name);
  expect(paths.length).toBeGreaterThan(0);
  expect(paths).not.toContain(`/roles/${found!.roleId}/`);
  await page.goto(path);
  await expect(page.locator(`main a[href="/roles/${found!.roleId}/"]`).first()).toBeVisible();
});
