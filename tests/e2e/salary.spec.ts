// Pay figures: each role's salary table shows exactly the figures in its frontmatter, each with its
// source, its year (or "Undated") and its own currency; and no figure anywhere on the site appears
// without a source and a year.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  figuresOf,
  roleIds,
  sampledRoleIds,
  source,
  sourceIds,
  type SalaryFigure,
  withSampledRoles,
} from './support/content.ts';
import { readFileSync, statSync } from 'node:fs';
import { samplePages } from '../../scripts/lib/built-pages.ts';
import { builtPages, rolePath } from './support/dist.ts';

const currencySymbol = (currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).formatToParts(1).find((p) => p.type === 'currency')!
    .value;
const grouped = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(n);

/** The text of a row's cell under the column headed `name`. */
async function cell(table: Locator, row: Locator, name: string): Promise<string> {
  const headers = await table.locator('thead th').allTextContents();
  const index = headers.findIndex((h) => h.trim() === name);
  expect(index, `the salary table has a "${name}" column`).toBeGreaterThanOrEqual(0);
  return row.locator('td').nth(index).innerText();
}

async function expectRowMatchesFigure(table: Locator, figure: SalaryFigure) {
  // A profile's rows carry the figure's anchor; a guide's table, without anchors, names it in data-figure.
  const row = table.locator(`tbody :is(tr#figure-${figure.id}, tr[data-figure="${figure.id}"])`);
  await expect(row, `row for ${figure.id}`).toHaveCount(1);
  const from = source(figure.source);

  expect(await cell(table, row, 'Source'), `${figure.id} names its source`).toContain(from.publisher);
  expect(await cell(table, row, 'Year'), `${figure.id} shows its year`).toContain(
    figure.year === 'undated' ? 'Undated' : String(figure.year),
  );

  const amount = await cell(table, row, 'Amount');
  const symbol = currencySymbol(figure.currency);
  expect(amount, `${figure.id} is shown in ${figure.currency}`).toContain(symbol);
  for (const other of ['$', '€', '£'].filter((s) => s !== symbol)) expect(amount).not.toContain(other);
  for (const n of [figure.amount, figure.min, figure.max]) if (n !== undefined) expect(amount).toContain(grouped(n));
  if (figure.period === 'hour') expect(amount, `${figure.id} is shown as hourly`).toMatch(/hour/);

  if (figure.context) {
    await expect(row, `${figure.id} is marked as context, not this role's pay`).toHaveClass(/\bcontext\b/);
    await expect(row).toContainText(/not pay for this role/i);
  }
  if (figure.supersededBy) {
    await expect(row).toHaveClass(/\bsuperseded\b/);
    await expect(row).toContainText(/superseded/i);
  } else {
    await expect(row).not.toContainText(/superseded/i);
  }
}

for (const id of sampledRoleIds()) {
  test(`salary table of ${id} shows every figure of its frontmatter and its occupation codes with source and year`, async ({
    page,
  }) => {
    const figures = figuresOf(id).salaries;
    await page.goto(rolePath(id));
    const section = page.locator('section[aria-labelledby="salary"]');
    // Without a figure there is no salary section: the page says pay is not covered yet.
    await expect(section).toHaveCount(figures.length > 0 ? 1 : 0);
    if (figures.length === 0) {
      await expect(page.locator('main .not-covered')).toContainText('pay');
      return;
    }
    // The current figures in one table; those a newer one replaces in a second, folded under it.
    const table = section.locator('table.salary-table');
    const superseded = figures.filter((f) => f.supersededBy).length;
    await expect(table).toHaveCount(superseded > 0 ? 2 : 1);
    await expect(section.locator('details.older-editions table.salary-table tbody tr')).toHaveCount(superseded);
    if (superseded > 0) {
      await expect(section.locator('details.older-editions')).not.toHaveAttribute('open');
      await section.locator('details.older-editions > summary').click();
    }
    await expect(table.locator('tbody tr')).toHaveCount(figures.length);
    for (const figure of figures) await expectRowMatchesFigure(table, figure);
  });
}

/**
 * What a figure element says ([data-figure], or a profile's table row, whose anchor names the figure),
 * and which role figure its citation link points to.
 */
async function inlineFigures(page: Page) {
  return page.locator('[data-figure], tr[id^="figure-"]').evaluateAll((elements) =>
    elements.map((el) => ({
      tag: el.tagName.toLowerCase(),
      id: el.getAttribute('data-figure') ?? el.id.slice('figure-'.length),
      text: (el as HTMLElement).innerText,
      link: el.querySelector('a[href*="#figure-"]')?.getAttribute('href') ?? null,
    })),
  );
}

/**
 * Amounts of money that components render (cards, tables) outside every [data-figure] element:
 * a figure shown without its source. Prose typed by editors is left to the content review.
 */
async function unmarkedAmounts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const money = /[$€£¥]\s?\d|\d\s?[€£]|\b(USD|EUR|GBP)\s?\d/;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent ?? '';
      // A compare page's like-for-like row names source and year once, in its header (checked below).
      if (
        money.test(text) &&
        parent?.closest('.card, table') &&
        !parent.closest('[data-figure], tr[id^="figure-"], td[data-figures]')
      )
        found.push(text.trim());
    }
    return found;
  });
}

const sourceNames = (id: string) => [source(id).shortName, source(id).publisher].filter((n): n is string => !!n);
const allSourceNames = [...new Set(sourceIds().flatMap(sourceNames))];

// Of the pages generated per pair or per technology, a sample: they share one template.
// Pages with no amount of money in their HTML have nothing to check here.
const withAmounts = withSampledRoles(samplePages(builtPages(), (page) => statSync(page.file).size)).filter((page) =>
  /[$€£¥]\s?\d|\d\s?[€£]/.test(readFileSync(page.file, 'utf8')),
);
for (const { path } of withAmounts) {
  test(`every figure on ${path} carries a source and a year`, async ({ page }) => {
    await page.goto(path);
    // Folded figures are read as a reader who unfolds them sees them.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const problems: string[] = [];

    for (const figure of await inlineFigures(page)) {
      const where = `<${figure.tag} data-figure="${figure.id}"> "${figure.text.replace(/\s+/g, ' ').slice(0, 90)}"`;
      if (!/\b(19|20)\d{2}\b|undated/i.test(figure.text)) problems.push(`${where}: no year and not marked undated`);
      if (!allSourceNames.some((name) => figure.text.includes(name))) problems.push(`${where}: names no source`);

      // A figure that links to its row on a role page must show that figure's own year and source.
      const target = figure.link && /\/roles\/([^/]+)\/#figure-(.+)$/.exec(figure.link);
      if (!target) continue;
      const data = figuresOf(target[1]!);
      const salary = data.salaries.find((f) => f.id === target[2]);
      const outlook = data.outlook.find((f) => f.id === target[2]);
      const cited = salary ?? outlook;
      if (!cited) {
        problems.push(`${where}: links to ${figure.link}, which is no figure of ${target[1]}`);
        continue;
      }
      const year = String(salary ? salary.year : outlook!.from);
      if (!figure.text.toLowerCase().includes(year)) problems.push(`${where}: does not show its year (${year})`);
      if (!sourceNames(cited.source).some((name) => figure.text.includes(name))) {
        problems.push(`${where}: does not name its source (${sourceNames(cited.source).join(' / ')})`);
      }
    }
    for (const text of await unmarkedAmounts(page))
      problems.push(`an amount shown without its source: "${text.slice(0, 100)}"`);
    // Rows of figures set side by side: the header says, once for both, which source and year they come from.
    for (const header of await page
      .locator('tr:has(> td[data-figures]) > th')
      .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).innerText))) {
      const where = `the side-by-side row "${header.replace(/\s+/g, ' ').slice(0, 90)}"`;
      if (!/\b(19|20)\d{2}\b|undated/i.test(header)) problems.push(`${where}: no year and not marked undated`);
      if (!allSourceNames.some((name) => header.includes(name))) problems.push(`${where}: names no source`);
    }

    expect(problems, problems.join('\n')).toEqual([]);
  });
}
