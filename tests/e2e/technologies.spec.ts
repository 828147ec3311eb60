// Technology pages on the built site (issue 17 item 5): O*NET's technologies merged with
// content/technologies.yaml, a page for each one two or more roles use or O*NET flags Hot or In demand
// for a role on the site, grouped by O*NET's categories on /technologies/.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { mentionFinder } from '../../src/lib/catalog/technology-usage.ts';
import { occupationOf } from '../../src/lib/onet/index.ts';
import { readOnetData } from '../../src/lib/onet/onet-io.ts';
import { hasTechnologyPage, siteTechnologies } from '../../src/lib/onet/technology-pages.ts';
import { technologyCategories } from '../../src/schemas/technology.ts';
import { guideBody, guideIds, role, roleIds, technologies } from './support/content.ts';
import { basePath, distDir, rolePath } from './support/dist.ts';

const all = technologies();
const onet = readOnetData('content');
const merged = siteTechnologies(
  roleIds().map((id) => ({
    id,
    onet: ((role(id) as { onetOccupations?: { code: string }[] }).onetOccupations ?? []).map(({ code }) =>
      occupationOf(onet, code),
    ),
    technologyIds: (role(id).technologies ?? []).map((t) => t.technology),
  })),
  all,
  (category) => technologyCategories[category as keyof typeof technologyCategories] ?? category,
);
/** What gets a page: two roles, an O*NET flag, or a role's own profile listing it. */
const withPages = merged.filter(hasTechnologyPage);
const find = mentionFinder(
  all.map(({ id, name, category, aliases, website }) => ({
    id,
    data: { name, category: category as never, aliases: aliases ?? [], website },
  })),
);
const mentionedBy = (id?: string) => (id ? guideIds().filter((g) => find(guideBody(g)).includes(id)) : []);
const technologyPath = (id: string) => `${basePath}technologies/${id}/`;

test('a technology page exists for exactly the technologies the rule picks', () => {
  const built = readdirSync(join(distDir, 'technologies'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  expect(built.sort()).toEqual(withPages.map((t) => t.id).sort());
  const withoutPage = merged.filter((t) => !withPages.includes(t));
  expect(withoutPage.length, 'one-role, unflagged O*NET examples stay plain entries').toBeGreaterThan(0);
  for (const t of withoutPage) expect(t.users.length === 1 && !t.users[0]!.hot && !t.users[0]!.inDemand).toBe(true);
});

test("/technologies/ groups the technologies by O*NET's categories, with counts", async ({ page }) => {
  await page.goto(`${basePath}technologies/`);
  // Read once (hundreds of entries), then compared here: one locator per entry took most of a minute.
  const sections = await page.locator('section[data-category]').evaluateAll((all) =>
    all.map((section) => ({
      category: section.getAttribute('data-category')!,
      heading: section.querySelector('h2')?.textContent ?? '',
      items: [...section.querySelectorAll('li[data-technology]')].map((li) => ({
        id: li.getAttribute('data-technology')!,
        text: (li.textContent ?? '').replace(/\s+/g, ' '),
      })),
    })),
  );
  for (const technology of withPages) {
    const items = sections
      .filter((s) => s.category === technology.category)
      .flatMap((s) => s.items.filter((i) => i.id === technology.id));
    expect(items, technology.id).toHaveLength(1);
    const users = technology.users.length;
    expect(items[0]!.text, technology.id).toContain(`${users} ${users === 1 ? 'role' : 'roles'}`);
  }
  for (const section of sections) expect(section.heading, section.category).toContain(`(${section.items.length})`);
  const nodes = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
  const set = nodes.find((n) => n['@type'] === 'DefinedTermSet');
  expect(set.hasDefinedTerm.map((t: { termCode: string }) => t.termCode).sort()).toEqual(
    withPages.map((t) => t.id).sort(),
  );
});

// One template for every technology: the most and least used, one O*NET-only, one a guide names.
const byUse = [...withPages].sort((a, b) => b.users.length - a.users.length || a.id.localeCompare(b.id));
const sampled = [
  ...new Set([
    byUse[0]!,
    byUse.at(-1)!,
    withPages.find((t) => !t.technologyId && t.users.some((u) => u.hot))!,
    ...withPages.filter((t) => mentionedBy(t.technologyId).length > 0).slice(0, 1),
  ]),
];
for (const technology of sampled) {
  test(`/technologies/${technology.id}/ lists the roles that use it, with O*NET's flags`, async ({ page }) => {
    await page.goto(technologyPath(technology.id));
    await expect(page.locator('h1')).toHaveText(technology.name);
    const linked = (section: string) =>
      page
        .locator(`section[aria-labelledby="${section}"] li > a`)
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect((await linked('roles')).sort()).toEqual(technology.users.map((u) => rolePath(u.roleId)).sort());
    expect((await linked('guides')).sort()).toEqual(
      mentionedBy(technology.technologyId)
        .map((g) => `${basePath}guides/${g}/`)
        .sort(),
    );
    for (const user of technology.users) {
      const item = page.locator(`section[aria-labelledby="roles"] li[data-role="${user.roleId}"]`);
      if (user.hot) await expect(item).toContainText('Hot');
      if (user.inDemand) await expect(item).toContainText(/in demand/i);
      if (!user.hot && !user.inDemand) await expect(item.locator('.flags')).toHaveCount(0);
      const usedFor = role(user.roleId).technologies?.find((t) => t.technology === technology.technologyId)?.usedFor;
      if (usedFor) await expect(item).toContainText(usedFor);
    }
    const nodes = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) =>
      JSON.parse(t),
    );
    const term = nodes.find((n) => n['@type'] === 'DefinedTerm');
    expect(term).toMatchObject({ name: technology.name, termCode: technology.id });
    expect(term.sameAs).toBe(all.find((t) => t.id === technology.technologyId)?.website);
  });
}

test("a role page's technologies: every one its profile lists, linked to its page, in named groups", async ({
  page,
}) => {
  const id = 'backend-developer';
  await page.goto(rolePath(id));
  const section = page.locator('section[aria-labelledby="technologies"]');
  const shown = await section.locator('.tag-list li').evaluateAll((items) =>
    items.map((li) => ({
      name: li.firstChild?.textContent ?? '',
      href: li.querySelector('a')?.getAttribute('href'),
    })),
  );
  const hrefOf = new Map(withPages.map((t) => [t.technologyId ?? t.name, technologyPath(t.id)]));
  for (const { technology } of role(id).technologies!) {
    const entry = all.find((t) => t.id === technology)!;
    const chip = shown.find((s) => s.href === technologyPath(technology) || s.name === entry.name);
    expect(chip, `${entry.name} is shown`).toBeDefined();
    expect(chip!.href, `${entry.name} links to its page`).toBe(hrefOf.get(technology));
  }
  // Every link leads to a built technology page.
  for (const { href } of shown.filter((s) => s.href))
    expect(readdirSync(join(distDir, href!.slice(basePath.length))), href!).toContain('index.html');
  // Each group is named (beside its chips on wide screens, above them on phones) and holds chips.
  const groups = section.locator('.technology-groups > div');
  const count = await groups.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    await expect(groups.nth(i).locator('dt')).toHaveCount(1);
    expect(await groups.nth(i).locator('.tag-list li').count()).toBeGreaterThan(0);
  }
});
