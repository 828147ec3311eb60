// The pay chart's geometry: panels, row order, marks, labels, fading and scales, from fixture figures.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { salaryChart, type ChartFigure } from '../../../src/lib/charts/salary-chart.ts';
import { niceScale, niceStep, position } from '../../../src/lib/charts/scale.ts';
import { textWidth, wrapText } from '../../../src/lib/charts/text-width.ts';
import { salaryFigure } from '../support/salary-figures.ts';

const source = (shortName: string) => ({ data: { publisher: `${shortName} publisher`, shortName } });
let n = 0;
const figure = (over: Partial<ChartFigure>): ChartFigure =>
  salaryFigure({ id: `f${++n}`, source: source('BLS'), ...over });
const range = (min: number, max: number, over: Partial<ChartFigure> = {}) =>
  figure({ statistic: 'range', amount: undefined, min, max, ...over });

describe('scales', () => {
  test('steps are 1, 2, 2.5 or 5 times a power of ten', () => {
    assert.deepEqual([0.7, 1.3, 2.2, 3, 7, 13067].map(niceStep), [1, 2, 2.5, 5, 10, 20000]);
  });
  test('ticks run from a round value below the lowest figure to one above the highest', () => {
    assert.deepEqual(niceScale([80000, 132270]), {
      min: 80000,
      max: 140000,
      step: 20000,
      ticks: [80000, 100000, 120000, 140000],
    });
    assert.deepEqual(niceScale([35000, 70000]).ticks, [30000, 40000, 50000, 60000, 70000]);
    assert.deepEqual(niceScale([47.36, 68.27]).ticks, [40, 50, 60, 70]);
  });
  test('a single value gets a domain around it, and pay never gets a negative axis', () => {
    const single = niceScale([68.27]);
    assert.ok(single.min < 68.27 && single.max > 68.27, JSON.stringify(single));
    assert.equal(niceScale([0]).min, 0);
    assert.equal(niceScale([10, 100]).min, 0);
  });
  test('positions are percentages of the domain, clamped to it', () => {
    const scale = { min: 80000, max: 140000 };
    assert.equal(position(scale, 80000), 0);
    assert.equal(position(scale, 110000), 50);
    assert.equal(position(scale, 130160), 83.6);
    assert.equal(position(scale, 200000), 100);
  });
});

describe('panels', () => {
  test('no figures, no chart', () => {
    assert.equal(salaryChart([]), undefined);
  });

  test('one panel per currency and period: dollars and euros, or hours and years, never share an axis', () => {
    const chart = salaryChart([
      figure({ currency: 'USD', period: 'hour', amount: 62.58 }),
      figure({ currency: 'USD', period: 'year', amount: 130160 }),
      range(35000, 48000, { currency: 'EUR', region: 'FR', level: 'junior' }),
      figure({ currency: 'USD', period: 'year', amount: 132270 }),
    ])!;
    assert.deepEqual(
      chart.panels.map((p) => [p.currency, p.period, p.rows.length]),
      [
        ['USD', 'year', 2],
        ['EUR', 'year', 1],
        ['USD', 'hour', 1],
      ],
    );
    assert.deepEqual(
      chart.panels.map((p) => [p.title, p.regions]),
      [
        ['US dollars a year', 'United States'],
        ['Euros a year', 'France'],
        ['US dollars an hour', 'United States'],
      ],
    );
    assert.equal(chart.count, 4);
  });

  test('rows run in career order, entry first and all levels last, keeping the given order within a level', () => {
    const chart = salaryChart([
      figure({ id: 'all-a', level: 'all' }),
      figure({ id: 'senior', level: 'senior' }),
      figure({ id: 'all-b', level: 'all' }),
      figure({ id: 'junior', level: 'junior' }),
      figure({ id: 'mid', level: 'mid' }),
      figure({ id: 'entry', level: 'entry' }),
    ])!;
    assert.deepEqual(
      chart.panels[0]!.rows.map((r) => r.id),
      ['entry', 'junior', 'mid', 'senior', 'all-a', 'all-b'],
    );
  });

  test('ticks carry short labels and their place on the axis', () => {
    const [panel] = salaryChart([figure({ amount: 80000 }), figure({ amount: 132270 })])!.panels;
    assert.deepEqual(panel!.ticks, [
      { value: 80000, at: 0, label: '$80K' },
      { value: 100000, at: 33.3, label: '$100K' },
      { value: 120000, at: 66.7, label: '$120K' },
      { value: 140000, at: 100, label: '$140K' },
    ]);
  });

  test('a panel summary says what it shows, for its accessible name', () => {
    const chart = salaryChart([
      figure({ id: 'new', amount: 130160 }),
      figure({ amount: 124200, year: 2022, supersededBy: 'new' }),
      range(80000, 120000),
    ])!;
    assert.equal(
      chart.panels[0]!.summary,
      'US dollars a year, United States: 3 figures, from $80,000 to $130,160 (1 superseded).',
    );
  });
});

describe('rows and marks', () => {
  test('ranges are bars, medians and averages are marks of their own kind', () => {
    const [panel] = salaryChart(
      [
        range(80000, 120000),
        figure({ statistic: 'median', amount: 130000 }),
        figure({ statistic: 'average', amount: 125000 }),
      ],
      {},
    )!.panels;
    assert.deepEqual(
      panel!.rows.map((r) => r.marks),
      [[{ kind: 'range', from: 0, to: 66.7 }], [{ kind: 'median', at: 83.3 }], [{ kind: 'average', at: 75 }]],
    );
  });

  test('each row names its level, statistic, source and year, or says it is undated', () => {
    const [row] = salaryChart([
      range(35000, 48000, { level: 'junior', year: 'undated', source: source('French job profile') }),
    ])!.panels[0]!.rows;
    assert.deepEqual(
      [row!.levelName, row!.statistic, row!.source, row!.year, row!.amounts],
      ['Junior', 'range', 'French job profile', 'undated', '$35,000–$48,000'],
    );
    const [unnamed] = salaryChart([figure({ source: { data: { publisher: 'Some Publisher' } } })])!.panels[0]!.rows;
    assert.equal(unnamed!.source, 'Some Publisher');
  });

  test('every mark is labelled with its amount', () => {
    const [panel] = salaryChart([range(35000, 70000), figure({ amount: 45000 })], { plotWidth: 320 })!.panels;
    assert.deepEqual(
      panel!.rows.map((r) => r.labels.map((l) => l.text)),
      [['$35,000', '$70,000'], ['$45,000']],
    );
  });

  test('a short bar gets one label for both ends, placed where it fits inside the plot', () => {
    const chart = salaryChart([range(66000, 70000), range(30000, 70000)], { plotWidth: 320 })!;
    const [short] = chart.panels[0]!.rows;
    assert.deepEqual(short!.labels, [{ text: '$66,000–$70,000', x: 100, anchor: 'end' }]);
  });

  test('a mark near an edge has its label lean inward instead of overflowing', () => {
    const [low, high] = salaryChart([figure({ amount: 80000 }), figure({ amount: 140000 })], { plotWidth: 320 })!
      .panels[0]!.rows;
    assert.equal(low!.labels[0]!.anchor, 'start');
    assert.equal(high!.labels[0]!.anchor, 'end');
    const [middle] = salaryChart([
      figure({ amount: 100 }),
      figure({ amount: 110 }),
      figure({ amount: 105 }),
    ])!.panels[0]!.rows.slice(2);
    assert.equal(middle!.labels[0]!.anchor, 'middle');
  });

  test('a median with a range gets both marks and one label with the amounts as the table writes them', () => {
    const [row] = salaryChart([figure({ amount: 50000, min: 35000, max: 70000 })])!.panels[0]!.rows;
    assert.deepEqual(
      row!.marks.map((m) => m.kind),
      ['range', 'median'],
    );
    assert.deepEqual(
      row!.labels.map((l) => l.text),
      ['$50,000 (range $35,000–$70,000)'],
    );
  });

  test('percentiles, when a source gives them, are a band around the median and widen the axis', () => {
    const chart = salaryChart([
      figure({ amount: 130000, percentiles: { p10: 80000, p25: 100000, p75: 160000, p90: 200000 } }),
      figure({ amount: 120000, percentiles: { p25: 100000, p75: 140000 } }),
      figure({ amount: 110000 }),
    ])!;
    const [both, inner, none] = chart.panels[0]!.rows;
    const { ticks } = chart.panels[0]!;
    assert.deepEqual([ticks[0]!.value, ticks.at(-1)!.value], [50000, 200000]);
    const at = (value: number) => position({ min: 50000, max: 200000 }, value);
    assert.deepEqual(both!.band, {
      outer: { from: at(80000), to: at(200000) },
      inner: { from: at(100000), to: at(160000) },
    });
    assert.deepEqual(inner!.band, { inner: { from: at(100000), to: at(140000) } });
    assert.equal(none!.band, undefined);
    assert.ok(chart.legend.includes('band'));
  });

  test('superseded and older figures are faded and say why; current ones do not', () => {
    const rows = salaryChart([
      figure({ id: 'bls-2023', amount: 130160 }),
      figure({ id: 'bls-2022', amount: 124200, year: 2022, supersededBy: 'bls-2023' }),
      figure({ id: 'old', amount: 99000, year: 2015, older: true }),
      figure({ id: 'lost', amount: 90000, supersededBy: 'not-in-this-chart' }),
    ])!.panels[0]!.rows;
    assert.deepEqual(
      rows.map((r) => [r.id, r.status, r.statusText]),
      [
        ['bls-2023', 'current', undefined],
        ['bls-2022', 'superseded', 'superseded by the 2023 figure'],
        ['old', 'older', 'older figure'],
        ['lost', 'superseded', 'superseded by a newer figure'],
      ],
    );
  });

  test('a figure shown for context is flagged so it can be drawn apart from the role’s pay', () => {
    const chart = salaryChart([figure({ amount: 130160 }), figure({ amount: 101800, context: true })])!;
    assert.deepEqual(
      chart.panels[0]!.rows.map((r) => r.context),
      [false, true],
    );
    assert.ok(chart.legend.includes('context'));
    assert.match(chart.panels[0]!.summary, /1 shown for context/);
  });

  test('scope shows only where two rows of a panel would otherwise read the same', () => {
    const rows = salaryChart([
      figure({ scope: 'Developers and testers' }),
      figure({ scope: 'Developers only' }),
      figure({ year: 2022, scope: 'Developers and testers' }),
    ])!.panels[0]!.rows;
    assert.deepEqual(
      rows.map((r) => r.scope),
      ['Developers and testers', 'Developers only', undefined],
    );
  });

  test('the key lists only the kinds the chart uses, in a fixed order', () => {
    assert.deepEqual(salaryChart([figure({ statistic: 'average' }), range(1, 2)])!.legend, ['range', 'average']);
  });
});

describe('text estimates', () => {
  test('wider text measures wider, and wrapping keeps each line within the width', () => {
    assert.ok(textWidth('$130,160', 12) > textWidth('$60', 12));
    const lines = wrapText('Site reliability engineer', 13, 120);
    assert.deepEqual(lines, ['Site reliability', 'engineer']);
    for (const line of lines) assert.ok(textWidth(line, 13) <= 120 || !line.includes(' '));
  });
});
