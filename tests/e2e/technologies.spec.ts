// Technology pages on the built site, checked against content/technologies.yaml and the roles and
// guides that name each technology.
import { expect, test } from '@playwright/test';
import { mentionFinder } from '../../src/lib/catalog/technology-usage.ts';
import { guideBody, guideIds, role, roleIds, technologies } from './support/content.ts';
import { basePath, rolePath } from './support/dist.ts';

const all = technologies();
const usersOf = (id: string) => roleIds().filter((r) => (role(r).technologies ?? []).some((t) => t.technology === id));
const find = mentionFinder(
  all.map(({ id, name, category, aliases, website }) => ({
    id,
    data: { name, category: category as never, aliases: aliases ?? [], website },
  })),
);
const mentionedBy = (id: string) => guideIds().filter((g) => find(guideBody(g)).includes(id));
const technologyPath = (id: string) => `${basePath}technologies/${id}/`;

test('/technologies/ lists every technology under its category, with how many roles list it', async ({ page }) => {
  await page.goto(`${basePath}technologies/`);
  for (const technology of all) {
    const section = page.locator(`section[aria-labelledby="${technology.category}"]`);
    const item = section.locator('li', { has: page.locator(`a[href="${technologyPath(technology.id)}"]`) });
    await expect(item, technology.id).toHaveCount(1);
    const users = usersOf(technology.id).length;
    await expect(item).toContainText(`${users} ${users === 1 ? 'role' : 'roles'}`);
  }
  const nodes = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
  const set = nodes.find((n) => n['@type'] === 'DefinedTermSet');
  expect(set.hasDefinedTerm.map((t: { termCode: string }) => t.termCode).sort()).toEqual(all.map((t) => t.id).sort());
});

// One template for every technology: the ones most and least used, and the first and last by id.
const byUse = [...all].sort((a, b) => usersOf(b.id).length - usersOf(a.id).length || a.id.localeCompare(b.id));
const sampled = [
  ...new Set([
    byUse[0]!,
    byUse.at(-1)!,
    all[0]!,
    all.at(-1)!,
    ...all.filter((t) => mentionedBy(t.id).length > 0).slice(0, 1),
  ]),
];
for (const technology of sampled) {
  test(`/technologies/${technology.id}/ lists the roles that use it and the guides that name it`, async ({ page }) => {
    await page.goto(technologyPath(technology.id));
    await expect(page.locator('h1')).toHaveText(technology.name);
    const linked = (section: string) =>
      page
        .locator(`section[aria-labelledby="${section}"] li > a`)
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect((await linked('roles')).sort()).toEqual(usersOf(technology.id).map(rolePath).sort());
    expect((await linked('guides')).sort()).toEqual(
      mentionedBy(technology.id)
        .map((g) => `${basePath}guides/${g}/`)
        .sort(),
    );
    for (const id of usersOf(technology.id)) {
      const usedFor = role(id).technologies!.find((t) => t.technology === technology.id)!.usedFor;
      if (usedFor)
        await expect(
          page.locator('section[aria-labelledby="roles"] li', { has: page.locator(`a[href="${rolePath(id)}"]`) }),
        ).toContainText(usedFor);
    }

    const nodes = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) =>
      JSON.parse(t),
    );
    const term = nodes.find((n) => n['@type'] === 'DefinedTerm');
    expect(term).toMatchObject({ name: technology.name, termCode: technology.id });
    expect(term.sameAs).toBe(technology.website);
    expect(term.inDefinedTermSet['@type']).toBe('DefinedTermSet');
  });
}

test("a role page's technologies are grouped by category and link to their pages", async ({ page }) => {
  const id = roleIds().find((r) => (role(r).technologies ?? []).length > 0)!;
  await page.goto(rolePath(id));
  const section = page.locator('section[aria-labelledby="technologies"]');
  const linked = await section.locator('.tag-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(linked.sort()).toEqual(
    role(id)
      .technologies!.map((t) => technologyPath(t.technology))
      .sort(),
  );
  const categories = [...new Set(role(id).technologies!.map((t) => all.find((x) => x.id === t.technology)!.category))];
  // One group per category, each named (beside its chips on wide screens, above them on phones).
  await expect(section.locator('.technology-groups > div > dt')).toHaveCount(categories.length);
});
