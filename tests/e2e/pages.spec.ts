// Every page type renders what it is for, checked against the content it is built from.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { families, figuresOf, guide, guideIds, role, roleIds, sampledRoleIds } from './support/content.ts';
import { basePath, distDir, guidePath, rolePath } from './support/dist.ts';

/** The hrefs of links inside a locator's scope. */
async function hrefs(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

async function expectBreadcrumb(page: Page, parents: string[]) {
  const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(trail).toBeVisible();
  expect(await hrefs(page, 'nav[aria-label="Breadcrumb"]')).toEqual(parents);
  await expect(trail.locator('[aria-current="page"]')).toHaveCount(1);
}

test('home lists roles and the latest guides', async ({ page }) => {
  await page.goto(basePath);
  await expect(page.locator('h1')).toHaveCount(1);

  const roleLinks = (await hrefs(page, 'main')).filter((href) => roleIds().some((id) => href === rolePath(id)));
  expect(roleLinks.length, 'the home page links to role profiles').toBeGreaterThan(0);

  // The guides shown are the most recently published ones: none left out is newer than one shown.
  const guideLinks = await hrefs(page, 'section[aria-labelledby="latest-guides"] .card-grid');
  const shown = guideIds().filter((id) => guideLinks.includes(guidePath(id)));
  expect(shown.length).toBeGreaterThan(0);
  const date = (id: string) => guide(id).published;
  const oldestShown = shown.map(date).sort()[0]!;
  for (const id of guideIds().filter((g) => !shown.includes(g))) {
    expect(date(id) <= oldestShown, `${id} (${date(id)}) is newer than a guide shown on the home page`).toBe(true);
  }
});

test('/roles/ groups every role under its family', async ({ page }) => {
  await page.goto(`${basePath}roles/`);
  await expect(page.locator('h1')).toHaveCount(1);
  await expectBreadcrumb(page, [basePath]);
  for (const family of families()) {
    const members = roleIds().filter((id) => role(id).family === family.id);
    const section = page.locator(`section[aria-labelledby="${family.id}"]`);
    if (members.length === 0) {
      await expect(section).toHaveCount(0);
      continue;
    }
    await expect(section.getByRole('heading', { level: 2, name: family.name, exact: true })).toBeVisible();
    // A card links its role (and may link a figure on it): compare the pages linked.
    const linked = (await hrefs(page, `section[aria-labelledby="${family.id}"]`)).map((href) => href.split('#')[0]!);
    expect([...new Set(linked)].sort(), `roles listed under ${family.name}`).toEqual(members.map(rolePath).sort());
  }
});

// Every profile has these; the others appear when the role's data fills them (tests/e2e/profile.spec.ts).
const roleSections = ['at-a-glance', 'sources'];

/** Sections a role page has only when there is something to draw (scripts/content-check/site-index.ts). */
const drawnSections = (id: string) => ({
  'pay-chart': figuresOf(id).salaries.length > 0,
  // Every role's map has an edge: a sourced step, or O*NET's similar occupations (issue 17).
  'career-map': true,
});
/** Contents entries that are not h2 sections: the O*NET charts (drawn from data the O*NET tests check) and the download block. */
const extraEntries = ['#skills-chart', '#routes-chart', '#download'];

/** A question as the page shows it: a {{salary:…}} token becomes whatever figure the data fills in. */
function questionPattern(question: string): RegExp {
  const parts = question.split(/\{\{[^}]*\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^{}]+')}$`);
}

for (const id of sampledRoleIds()) {
  test(`role page ${id} has every section, a working table of contents and a breadcrumb`, async ({ page }) => {
    const data = role(id);
    await page.goto(rolePath(id));
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(data.title);
    await expectBreadcrumb(page, [basePath, `${basePath}roles/`]);

    for (const section of roleSections) await expect(page.locator(`#${section}`), `#${section}`).toHaveCount(1);
    const faqs = data.faqs ?? [];
    await expect(page.locator('#faq')).toHaveCount(faqs.length > 0 ? 1 : 0);
    for (const faq of faqs) await expect(page.getByText(questionPattern(faq.question))).toHaveCount(1);

    // The contents list every section the page shows (at a glance aside) and every heading of its text.
    const toc = await hrefs(page, 'nav.toc');
    const shown = await page
      .locator('article section[aria-labelledby]:not(.glance) > h2, article .body > h2')
      .evaluateAll((headings) => headings.map((h) => `#${h.id}`));
    const pictures = Object.keys(drawnSections(id)).map((section) => `#${section}`);
    expect(toc.filter((href) => !pictures.includes(href) && !extraEntries.includes(href))).toEqual(shown);
    for (const [section, drawn] of Object.entries(drawnSections(id))) {
      await expect(page.locator(`#${section}`), `#${section}`).toHaveCount(drawn ? 1 : 0);
      expect(toc.includes(`#${section}`), `#${section} in the table of contents`).toBe(drawn);
    }
    const targets = await page.evaluate(
      (links) => links.filter((href) => !document.getElementById(decodeURIComponent(href.slice(1)))),
      toc,
    );
    expect(targets, 'table of contents links with no target on the page').toEqual([]);
  });
}

test('/guides/ lists every published guide', async ({ page }) => {
  await page.goto(`${basePath}guides/`);
  await expect(page.locator('h1')).toHaveCount(1);
  await expectBreadcrumb(page, [basePath]);
  const listed = (await hrefs(page, 'main')).filter((href) => href.startsWith(`${basePath}guides/`)).sort();
  expect(listed).toEqual(guideIds().map(guidePath).sort());
});

for (const id of guideIds()) {
  test(`guide ${id} renders with its title and a breadcrumb`, async ({ page }) => {
    await page.goto(guidePath(id));
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(guide(id).title);
    await expectBreadcrumb(page, [basePath, `${basePath}guides/`]);
    await expect(page.locator('main article h2').first()).toBeVisible();
  });
}

test("an unknown address answers 404 with the site's 404 page", async ({ page }) => {
  const heading = /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(`${distDir}/404.html`, 'utf8'))?.[1];
  expect(heading, 'dist/404.html has an h1').toBeTruthy();
  const response = await page.goto(`${basePath}no-such-page-${Date.now()}/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText(heading!);
  await expect(page.locator('main a[href]').first()).toBeVisible();
});
