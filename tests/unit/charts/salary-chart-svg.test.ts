// The pay chart as an SVG file: one group per figure in chart order, faded rows marked, both layouts
// within their width, and the site's colour tokens copied from the stylesheet that defines them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import type { ChartFigure } from '../../../src/lib/charts/salary-chart.ts';
import { chartLayouts, drawSalaryChart } from '../../../src/lib/charts/salary-chart-svg.ts';
import { textWidth } from '../../../src/lib/charts/text-width.ts';
import { themeTokens } from '../../../src/lib/charts/theme.ts';
import { salaryFigure } from '../support/salary-figures.ts';

const figure = salaryFigure;
const figures: ChartFigure[] = [
  figure({ id: 'us-2023', amount: 130160 }),
  figure({ id: 'us-2022', amount: 124200, year: 2022, supersededBy: 'us-2023' }),
  figure({
    id: 'fr-junior',
    region: 'FR',
    currency: 'EUR',
    level: 'junior',
    statistic: 'range',
    amount: undefined,
    min: 35000,
    max: 48000,
    year: 'undated',
    source: { data: { publisher: 'A French job profile' } },
  }),
  figure({ id: 'qa', amount: 101800, context: true, scope: 'Testers only' }),
];
const theme = ':root{--text:#000}@media (prefers-color-scheme:dark){:root{--text:#fff}}';

/** The groups drawn for figures, in document order, with their class and text. */
const rows = (svg: string) =>
  [...svg.matchAll(/<g(?: class="([^"]*)")? data-figure="([^"]+)">(.*?)<\/g>(?=<g|<path|$)/g)].map((m) => ({
    id: m[2]!,
    classes: (m[1] ?? '').split(' ').filter(Boolean),
    text: m[3]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '),
  }));

describe('the SVG file', () => {
  for (const layout of ['wide', 'narrow'] as const) {
    test(`${layout}: one group per figure, in the chart's order, with its amounts, source and year`, () => {
      const drawing = drawSalaryChart(figures, layout, 'Pay', theme)!;
      const drawn = rows(drawing.svg);
      assert.deepEqual(
        drawn.map((r) => r.id),
        drawing.chart.panels.flatMap((p) => p.rows.map((r) => r.id)),
      );
      assert.deepEqual(drawn.map((r) => r.id).sort(), figures.map((f) => f.id).sort());
      const text = Object.fromEntries(drawn.map((r) => [r.id, r.text]));
      assert.match(text['us-2023']!, /\$130,160/);
      assert.match(text['us-2023']!, /BLS · 2023/);
      assert.match(text['fr-junior']!, /€35,000.*€48,000/);
      assert.match(text['fr-junior']!, /A French job profile · undated/);
      assert.equal(drawing.width, chartLayouts[layout].width);
      assert.match(drawing.svg, new RegExp(`^<svg [^>]*viewBox="0 0 ${drawing.width} ${drawing.height}"`));
    });
  }

  test('a superseded figure is drawn faded and dashed, and says what replaced it', () => {
    const row = rows(drawSalaryChart(figures, 'wide', 'Pay', theme)!.svg).find((r) => r.id === 'us-2022')!;
    assert.deepEqual(row.classes, ['sup']);
    assert.match(row.text, /superseded by the 2023 figure/);
    const current = rows(drawSalaryChart(figures, 'wide', 'Pay', theme)!.svg).find((r) => r.id === 'us-2023')!;
    assert.deepEqual(current.classes, []);
    assert.doesNotMatch(current.text, /superseded/);
  });

  test('a figure shown for context is hollow and says it is not this role’s pay', () => {
    const row = rows(drawSalaryChart(figures, 'wide', 'Pay', theme)!.svg).find((r) => r.id === 'qa')!;
    assert.deepEqual(row.classes, ['ctx']);
    assert.match(row.text, /for context, not this role’s pay/);
  });

  test('no figures, no file', () => {
    assert.equal(drawSalaryChart([], 'wide', 'Pay', theme), undefined);
  });

  test('it names itself and describes each panel, for anyone opening the file on its own', () => {
    const { svg } = drawSalaryChart(figures, 'wide', 'Back-end pay & more', theme)!;
    assert.match(svg, /<title id="t">Back-end pay &amp; more<\/title>/);
    assert.match(svg, /<desc id="d">US dollars a year, United States: 3 figures/);
  });

  test('narrow: every label starts inside the drawing and fits in it', () => {
    const long = figures.map((f) => ({ ...f, scope: 'A long description of who the figure counts, to be wrapped' }));
    const { svg, width } = drawSalaryChart(long, 'narrow', 'Pay', theme)!;
    // Sizes as the file's stylesheet sets them: titles 15 px, row names 13 px, amounts bold.
    const sizes: Record<string, [number, boolean]> = { t: [15, true], r: [13, true], n: [12, true] };
    const texts = svg.matchAll(/<text(?: class="(\w+)")? x="([\d.]+)"[^>]*?(?: text-anchor="(\w+)")?>([^<]*)/g);
    for (const [, className, x, anchor, text] of texts) {
      const [size, bold] = sizes[className ?? ''] ?? [12, false];
      const w = textWidth(text!, size, bold);
      const left = anchor === 'end' ? Number(x) - w : anchor === 'middle' ? Number(x) - w / 2 : Number(x);
      assert.ok(
        left >= -1 && left + w <= width + 1,
        `"${text}" at ${x} (${anchor ?? 'start'}) leaves the ${width} px drawing`,
      );
    }
  });

  test('the site stylesheet’s colour tokens, light and dark, are carried into the file', () => {
    const tokens = themeTokens(readFileSync(resolve(import.meta.dirname, '../../../src/styles/global.css'), 'utf8'));
    assert.match(tokens, /^:root\{color-scheme:light dark;[^}]*--accent:light-dark\(#0b5e8c,#7cc4ec\)/);
    // Fonts and spacing are the page's business, not the picture's.
    assert.doesNotMatch(tokens, /--font-body|--space-1/);
    assert.throws(() => themeTokens('body{color:red}'), /global\.css.*:root/);
  });
});
