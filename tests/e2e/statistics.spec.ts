// Every role page is worth landing on: it shows pay and outlook with their source and year, or says
// plainly that no official statistic counts the role and links to the nearest one; official figures
// say what they really count; a brief profile says so and is kept out of search engines.
import { expect, test } from '@playwright/test';
import { figuresOf, role, roleIds, sampledRoleIds } from './support/content.ts';
import { rolePath } from './support/dist.ts';
import { noindexFiles } from './seo-support.ts';
import { readServedMarkup } from './support/served-markup.ts';

const yearOrUndated = /\b(19|20)\d{2}\b|undated/i;

for (const id of sampledRoleIds()) {
  test(`${id}: pay and outlook with source and year, or a plain "no official statistic" with a link`, async ({
    page,
  }) => {
    await page.goto(rolePath(id));
    // Older figures are folded away: read them unfolded, as a reader who opens them does.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const { salaries, outlook } = figuresOf(id);
    const statement = page.locator('.no-official');
    const all = (role(id).occupationCodes ?? []) as { figuresNotAdded?: object }[];
    const codes = all.filter((c) => !c.figuresNotAdded);
    if (codes.length === 0) {
      await expect(statement.first()).toContainText(
        all.length > 0
          ? "the site has not added that occupation's figures yet"
          : 'No official statistic counts this role.',
      );
      const nearest = role(id) as { nearestOccupation?: { code: string } };
      if (nearest.nearestOccupation) {
        await expect(statement.first()).toContainText(nearest.nearestOccupation.code);
        await expect(statement.first().locator('a[href^="https://"]')).toHaveCount(1 + all.length);
      }
    } else {
      await expect(statement).toHaveCount(0);
      expect(salaries.length, `${id} maps to a code, so it shows official pay`).toBeGreaterThan(0);
      expect(outlook.length, `${id} maps to a code, so it shows an official outlook figure`).toBeGreaterThan(0);
    }
    for (const [section, count] of [
      ['salary', salaries.length],
      ['outlook', outlook.length],
    ] as const) {
      const rows = page.locator(`section[aria-labelledby="${section}"] tr[id^="figure-"]`);
      await expect(rows).toHaveCount(count);
      for (const text of await rows.allInnerTexts()) {
        expect(text, `${id} ${section}: a row with its year`).toMatch(yearOrUndated);
      }
    }
  });
}

test('an official figure for a role counted under a broader occupation says so beside the figure', async ({ page }) => {
  const id = roleIds().find((r) => (role(r).occupationCodes ?? []).some((c) => c.relation === 'counted-under'))!;
  await page.goto(rolePath(id));
  const official = figuresOf(id).salaries.find((f) => f.source.startsWith('bls-') && !f.context)!;
  const row = page.locator(`#figure-${official.id}`);
  await expect(row).toContainText('the role is counted under this occupation');
  const mapping = (role(id).occupationCodes ?? []).find((c) => c.relation === 'counted-under')!;
  await expect(page.locator('.occupation-codes')).toContainText(mapping.note!);
});

test('a brief profile is marked on the page and carries noindex; a full one does neither', async ({ page }) => {
  const found = await readServedMarkup(page, roleIds().map(rolePath), (doc) => ({
    marks: doc.querySelectorAll('.brief-profile').length,
    noindex: doc.querySelectorAll('meta[name="robots"][content*="noindex"]').length,
  }));
  for (const id of roleIds()) {
    const brief = noindexFiles.includes(`roles/${id}/index.html`) ? 1 : 0;
    expect(found.get(rolePath(id)), id).toEqual({ marks: brief, noindex: brief });
  }
});
