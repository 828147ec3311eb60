// Compare pages on the built site, checked against what the content says: one page per linked pair,
// linked from both roles, the gap worked out from each role's skills and technologies, and figures set
// side by side only when they measure the same thing.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { sectionPages } from '../../scripts/lib/built-pages.ts';
import {
  figuresOf,
  linkedPairs,
  role,
  roleIds,
  sampledPairs,
  type OutlookFigure,
  type SalaryFigure,
  widerThan,
} from './support/content.ts';
import { basePath, distDir, fileFor, rolePath } from './support/dist.ts';

const pairs = linkedPairs();
const comparePath = ([a, b]: [string, string]) => `${basePath}compare/${a}-vs-${b}/`;

test('there is one compare page per linked pair of roles, in one order, and no other', () => {
  expect(pairs.length).toBeGreaterThan(0);
  const built = sectionPages(distDir, 'compare').map((path) => basePath + path.slice(1));
  expect(built.sort()).toEqual(pairs.map(comparePath).sort());
  for (const [a, b] of pairs) expect(fileFor(`${basePath}compare/${b}-vs-${a}/`), `${b}-vs-${a}`).toBeUndefined();
});

test('each role page links to the compare page of every role it is linked with, and to no other', () => {
  for (const id of roleIds()) {
    const html = readFileSync(fileFor(rolePath(id))!, 'utf8');
    const linked = [...new Set([...html.matchAll(/href="([^"]*\/compare\/[^"#]+\/)"/g)].map((m) => m[1]!))].sort();
    const expected = pairs
      .filter((pair) => pair.includes(id))
      .map(comparePath)
      .sort();
    expect(linked, id).toEqual(expected);
  }
});

const current = <F extends { supersededBy?: string; context?: true }>(figures: F[]) =>
  figures.filter((f) => f.supersededBy === undefined && !f.context);
/** An official statistic whatever occupation it counts: "median-annual:15-1242" is the median of one occupation. */
const kind = (statistic: string) => statistic.replace(/:.*/, ':one-occupation');
/** The brief's rule for pay: same source edition, region, currency, period, statistic and level (and year, basis). */
function likeForLikePay(x: SalaryFigure, y: SalaryFigure): boolean {
  const origin = (f: SalaryFigure) => (f.official ? `${f.official.edition} ${kind(f.official.statistic)}` : f.source);
  return (
    origin(x) === origin(y) &&
    x.region === y.region &&
    x.currency === y.currency &&
    x.period === y.period &&
    x.statistic === y.statistic &&
    x.level === y.level &&
    x.year === y.year &&
    x.basis === y.basis
  );
}
function likeForLikeOutlook(x: OutlookFigure, y: OutlookFigure): boolean {
  const origin = (f: OutlookFigure) => (f.official ? `${f.official.edition} ${kind(f.official.statistic)}` : f.source);
  return (
    origin(x) === origin(y) && x.metric === y.metric && x.region === y.region && x.from === y.from && x.to === y.to
  );
}

/** Each row of the figures table: the figure ids shown for each role, and the row's heading. */
async function figureRows(page: Page, a: string, b: string) {
  return page.locator('table.compare-figures tbody tr').evaluateAll(
    (rows, [first, second]) =>
      rows.map((row) => ({
        a: (row.querySelector(`td[data-role="${first}"]`)?.getAttribute('data-figures') ?? '').split(' '),
        b: (row.querySelector(`td[data-role="${second}"]`)?.getAttribute('data-figures') ?? '').split(' '),
        heading: row.querySelector('th')?.textContent ?? '',
      })),
    [a, b],
  );
}

// One template: a sample of the pages (the two tests above check every pair's page exists and is linked).
for (const pair of sampledPairs()) {
  const [a, b] = pair;
  test(`${a} vs ${b}: figures like for like, or why not; the gap from the data`, async ({ page }) => {
    await page.goto(comparePath(pair));
    await expect(page.locator('h1')).toHaveText(`${role(a).title} vs ${role(b).title}`);

    // Figures: every pair of figures shown is like for like, and every like-for-like pair is shown.
    const [figA, figB] = [figuresOf(a), figuresOf(b)];
    const expected = [
      ...current(figA.salaries).flatMap((x) =>
        current(figB.salaries)
          .filter((y) => likeForLikePay(x, y))
          .map((y) => `${x.id} | ${y.id}`),
      ),
      ...current(figA.outlook).flatMap((x) =>
        current(figB.outlook)
          .filter((y) => likeForLikeOutlook(x, y))
          .map((y) => `${x.id} | ${y.id}`),
      ),
    ].sort();
    const rows = await figureRows(page, a, b);
    const shown = rows.flatMap((row) => row.a.flatMap((x) => row.b.map((y) => `${x} | ${y}`))).sort();
    expect(shown, 'the pairs of figures set side by side').toEqual(expected);
    for (const row of rows) {
      const officialA = row.a.map((id) => [...figA.salaries, ...figA.outlook].find((f) => f.id === id)!.official);
      const officialB = row.b.map((id) => [...figB.salaries, ...figB.outlook].find((f) => f.id === id)!.official);
      const same =
        officialA.every((o) => o) &&
        officialA.map((o) => `${o!.edition}/${o!.occupation}/${o!.statistic}`).join() ===
          officialB.map((o) => `${o?.edition}/${o?.occupation}/${o?.statistic}`).join();
      // Two roles counted in one occupation get the very same published figure: the page says so, and only then.
      expect(row.heading.includes('so the figures are identical'), row.heading).toBe(same);
    }
    if (expected.length === 0) {
      await expect(page.locator('table.compare-figures')).toHaveCount(0);
      await expect(page.locator('.no-comparison')).toBeVisible();
      // Each role's own word on its pay: its salary section, or the line saying no official statistic counts it.
      const payAnchor = (id: string) =>
        figuresOf(id).salaries.length > 0
          ? '#salary'
          : (role(id).occupationCodes ?? []).length === 0
            ? '#no-official-statistic'
            : '';
      for (const id of [a, b])
        await expect(page.locator(`.no-comparison a[href="${rolePath(id)}${payAnchor(id)}"]`)).toHaveCount(1);
    } else {
      await expect(page.locator('.no-comparison')).toHaveCount(0);
    }

    // The gap both ways: what the other role lists that this one has neither itself nor through a narrower skill.
    const skillsOf = (id: string) => (role(id).skills ?? []).map((s) => s.skill);
    const technologiesOf = (id: string) => (role(id).technologies ?? []).map((t) => t.technology);
    const newFor = (from: string, to: string) => {
      const has = new Set(skillsOf(from).flatMap((id) => [id, ...widerThan(id)]));
      return {
        skills: skillsOf(to).filter((id) => !has.has(id)),
        technologies: technologiesOf(to).filter((id) => !technologiesOf(from).includes(id)),
      };
    };
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const move = page.locator(`[data-move="${from}-to-${to}"]`);
      await expect(move.locator('h3')).toContainText('New for you as');
      const listed = {
        skills: await move.locator('li[data-skill]').evaluateAll((li) => li.map((el) => el.getAttribute('data-skill'))),
        technologies: await move
          .locator('li[data-technology]')
          .evaluateAll((li) => li.map((el) => el.getAttribute('data-technology'))),
      };
      expect(listed, `new for someone moving from ${from} to ${to}`).toEqual(newFor(from, to));
    }
    const sharedSkills = await page
      .locator('ul.shared li[data-skill]')
      .evaluateAll((li) => li.map((el) => el.getAttribute('data-skill')));
    const both = skillsOf(a).filter((id) => skillsOf(b).includes(id));
    for (const id of both) expect(sharedSkills, `${id} is listed by both`).toContain(id);
  });
}

test('a compare page reads at phone width: the two columns stack, each labelled with its role', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  const [a, b] = pairs[0]!;
  await page.goto(comparePath(pairs[0]!));
  const sides = page.locator('#duties').locator('xpath=..').locator('.side');
  await expect(sides).toHaveCount(2);
  const [first, second] = [await sides.nth(0).boundingBox(), await sides.nth(1).boundingBox()];
  expect(second!.y, 'the second column is below the first').toBeGreaterThan(first!.y + first!.height - 1);
  await expect(sides.nth(0).locator('.side-title')).toHaveText(role(a).title);
  await expect(sides.nth(1).locator('.side-title')).toHaveText(role(b).title);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'nothing is wider than the screen').toBeLessThanOrEqual(0);
});

test('/compare/ lists every compare page', async ({ page }) => {
  await page.goto(`${basePath}compare/`);
  const listed = await page
    .locator('main a[href*="/compare/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect([...new Set(listed)].sort()).toEqual(pairs.map(comparePath).sort());
});
