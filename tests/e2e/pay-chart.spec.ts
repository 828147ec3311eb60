// The pay chart on the built site: it draws exactly the figures of the salary table below it (same
// amounts, same count, in the table's order once grouped into panels), fades superseded figures, is
// drawn for the width it is shown at (no sideways scrolling at 390 px), and follows the colour scheme.
import { expect, test, type Page } from '@playwright/test';
import { figuresOf, guide, guideIds, roleIds, type SalaryFigure, sampledRoleIds } from './support/content.ts';
import { guidePath, rolePath } from './support/dist.ts';

const withFigures = sampledRoleIds().filter((id) => (figuresOf(id).salaries ?? []).length > 0);
const withoutFigures = sampledRoleIds().filter((id) => (figuresOf(id).salaries ?? []).length === 0);

const periodOrder: Record<SalaryFigure['period'], number> = { year: 0, month: 1, hour: 2 };
const levelOrder: Record<string, number> = { entry: 0, junior: 1, mid: 2, senior: 3, all: 4 };

/**
 * The order a chart must show a table's rows in: one panel per currency and period (yearly first,
 * otherwise as they first appear), and within a panel from entry level to senior, then all levels,
 * keeping the table's order among figures of one level.
 */
function chartOrder(figures: SalaryFigure[]): string[] {
  const panels: SalaryFigure[][] = [];
  for (const f of figures) {
    const panel = panels.find((p) => p[0]!.currency === f.currency && p[0]!.period === f.period);
    if (panel) panel.push(f);
    else panels.push([f]);
  }
  panels.sort((a, b) => periodOrder[a[0]!.period] - periodOrder[b[0]!.period]);
  return panels.flatMap((p) => [...p].sort((a, b) => levelOrder[a.level]! - levelOrder[b.level]!).map((f) => f.id));
}

interface DrawnRow {
  id: string;
  classes: string[];
  text: string;
}

/** The figures an SVG chart file draws: its [data-figure] groups, in document order. */
async function drawnRows(page: Page, url: string): Promise<DrawnRow[]> {
  const response = await page.request.get(url);
  expect(response.ok(), `${url} is served`).toBe(true);
  expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  const svg = await response.text();
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error('the chart is not well-formed SVG');
    return [...doc.querySelectorAll('g[data-figure]')].map((g) => ({
      id: g.getAttribute('data-figure')!,
      classes: [...g.classList],
      text: g.textContent ?? '',
    }));
  }, svg);
}

/** The chart's two files (phone and wide layout) as the page references them. */
async function chartFiles(page: Page, scope = '#pay-chart') {
  const figure = page.locator(scope);
  return {
    narrow: await figure.locator('source').getAttribute('srcset'),
    wide: await figure.locator('img').getAttribute('src'),
  };
}

/** "$130,160", "€35,000" … as written in a table cell. */
const amountsIn = (text: string) => text.match(/[$€£¥][\d,.]+\d/g) ?? [];

for (const id of withFigures) {
  test(`${id}: the chart draws the salary table's figures, same amounts, same count, in order`, async ({ page }) => {
    await page.goto(rolePath(id));
    // The current figures' table and, folded under it, the older ones': the chart draws them all.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const table = page.locator('section[aria-labelledby="salary"] table.salary-table');
    const tableRows = await table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((r) => ({
        id: r.id.replace(/^figure-/, ''),
        amount: (r.querySelector('td') as HTMLElement).innerText,
      })),
    );
    const figures = figuresOf(id).salaries!;
    expect(tableRows.map((r) => r.id)).toEqual(figures.map((f) => f.id));

    // The chart sits above the table, in the salary section.
    const chart = page.locator('section[aria-labelledby="salary"] figure#pay-chart');
    await expect(chart).toHaveCount(1);
    expect(
      await chart.evaluate(
        (f, t) => !!(f.compareDocumentPosition(t!) & Node.DOCUMENT_POSITION_FOLLOWING),
        await table.first().elementHandle(),
      ),
    ).toBe(true);

    const files = await chartFiles(page);
    for (const url of [files.wide!, files.narrow!]) {
      const drawn = await drawnRows(page, url);
      expect(drawn.length, `${url}: one mark per figure`).toBe(tableRows.length);
      expect(
        drawn.map((r) => r.id),
        `${url}: the table's figures, grouped into panels`,
      ).toEqual(chartOrder(figures));
      for (const row of drawn) {
        const amounts = amountsIn(tableRows.find((r) => r.id === row.id)!.amount);
        // The table may add an hourly figure's yearly equivalent; the chart draws the figure itself.
        const own = amounts.slice(
          0,
          figuresOf(id).salaries!.find((f) => f.id === row.id)!.statistic === 'range' ? 2 : 1,
        );
        for (const amount of own) expect(row.text, `${url}: ${row.id} is labelled ${amount}`).toContain(amount);
      }
    }
  });
}

test('a superseded figure is drawn as superseded: faded, dashed and named so', async ({ page }) => {
  const [id, figure] = withFigures
    .flatMap((r) => (figuresOf(r).salaries ?? []).map((f) => [r, f] as const))
    .find(([, f]) => f.supersededBy)!;
  await page.goto(rolePath(id));
  const { wide } = await chartFiles(page);
  const row = (await drawnRows(page, wide!)).find((r) => r.id === figure.id)!;
  expect(row.classes).toContain('sup');
  expect(row.text).toMatch(/superseded by/);

  // As drawn in the browser: the mark is hollow and dashed, its amount struck through.
  await page.goto(wide!);
  const mark = page
    .locator(`g[data-figure="${figure.id}"] :is(circle, rect, path).m, g[data-figure="${figure.id}"] rect.b`)
    .first();
  const style = await mark.evaluate((el) => {
    const s = getComputedStyle(el);
    return { fill: s.fill, dash: s.strokeDasharray };
  });
  expect(style.fill).toBe('none');
  expect(style.dash).not.toBe('none');
  const current = withFigures.flatMap((r) => figuresOf(r).salaries ?? []).find((f) => f.id === figure.supersededBy)!;
  const currentMark = page.locator(`g[data-figure="${current.id}"] .m, g[data-figure="${current.id}"] .b`).first();
  expect(await currentMark.evaluate((el) => getComputedStyle(el).fill)).not.toBe('none');
});

for (const id of withoutFigures) {
  test(`${id}: no figure, so no chart and no empty picture`, async ({ page }) => {
    await page.goto(rolePath(id));
    await expect(page.locator('#pay-chart')).toHaveCount(0);
    await expect(page.locator('main img[src*="/charts/pay/"]')).toHaveCount(0);
    expect((await page.request.get(`/charts/pay/wide/${id}.svg`)).status()).toBe(404);
  });
}

for (const [width, layout] of [
  [390, 'narrow'],
  [1280, 'wide'],
] as const) {
  test(`at ${width} px the chart is the ${layout} drawing at its own size, and nothing scrolls sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(rolePath(withFigures[0]!));
    const img = page.locator('#pay-chart img');
    await img.scrollIntoViewIfNeeded();
    await expect(img).toHaveJSProperty('complete', true);
    const shown = await img.evaluate((el: HTMLImageElement) => ({
      src: new URL(el.currentSrc).pathname,
      width: el.getBoundingClientRect().width,
      right: el.getBoundingClientRect().right,
      natural: el.naturalWidth,
    }));
    expect(shown.src).toContain(`/charts/pay/${layout}/`);
    // Drawn for this width: shown at its own size, so its 11–15 px text is not shrunk.
    expect(shown.width).toBe(shown.natural);
    expect(shown.right).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('the chart follows the colour scheme', async ({ page }) => {
  await page.goto(rolePath(withFigures[0]!));
  const { wide } = await chartFiles(page);
  const fills: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(wide!);
    fills.push(
      await page
        .locator('.b, .m')
        .first()
        .evaluate((el) => getComputedStyle(el).fill),
    );
    const text = await page
      .locator('text')
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
    fills.push(text);
  }
  expect(fills[0]).not.toBe(fills[2]);
  expect(fills[1]).not.toBe(fills[3]);
});

test('the figure is named by its caption and the image says what it shows', async ({ page }) => {
  await page.goto(rolePath(withFigures[0]!));
  const figure = page.getByRole('figure', { name: /figures in the table below/i });
  await expect(figure).toHaveCount(1);
  const figures = figuresOf(withFigures[0]!).salaries!;
  await expect(figure.getByRole('img')).toHaveAccessibleName(new RegExp(`pay chart: ${figures.length} figures, in `));
});

test('the at-a-glance box links to the chart', async ({ page }) => {
  await page.goto(rolePath(withFigures[0]!));
  const link = page.locator('#at-a-glance').locator('xpath=..').locator('a[href="#pay-chart"]');
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(/#pay-chart$/);
  await expect(page.locator('#pay-chart')).toBeInViewport();
});

test('a guide shows the same chart file with <SalaryChart>', async ({ page }) => {
  const id = guideIds().find((g) => guide(g).title.toLowerCase().includes('salar'))!;
  await page.goto(guidePath(id));
  const inGuide = await chartFiles(page, 'figure:has(img[src*="/charts/pay/"])');
  await page.goto(rolePath('backend-developer'));
  expect(inGuide).toEqual(await chartFiles(page));
});
