// The geometry of a pay chart, computed from figures alone: panels, rows, marks, labels and scales.
// Components only turn it into markup, so everything a reader could misread is decided (and tested) here.
import {
  formatAmount,
  formatMoney,
  levelLabel,
  periodLabel,
  regionName,
  statisticLabel,
  yearLabel,
} from '../figures/figure-format.ts';
import { compactMoney, currencyPlural } from './money.ts';
import { niceScale, position } from './scale.ts';
import { textWidth } from './text-width.ts';

export type Level = 'entry' | 'junior' | 'mid' | 'senior' | 'all';
export type Period = 'year' | 'month' | 'hour';
export type Statistic = 'median' | 'average' | 'range';

/**
 * What the chart needs to know about a figure. A structural type rather than the site model, so the
 * resolved salary figure (src/lib/content/site-data.ts) satisfies it whatever else that model gains.
 */
export interface ChartFigure {
  id: string;
  region: string;
  currency: string;
  period: Period;
  level: Level;
  statistic: Statistic;
  amount?: number | undefined;
  min?: number | undefined;
  max?: number | undefined;
  year: number | 'undated';
  scope?: string | undefined;
  source: { data: { publisher: string; shortName?: string | undefined } };
  supersededBy?: string | undefined;
  older: boolean;
  /** Spread around the median, when a source gives it: drawn as a band. */
  percentiles?: {
    p10?: number | undefined;
    p25?: number | undefined;
    p75?: number | undefined;
    p90?: number | undefined;
  };
  /** Shown for context, not as this role's pay (another occupation's median, say). */
  context?: true | undefined;
}

/** A stretch of the axis, in percent of the plot's width. */
export interface Span {
  from: number;
  to: number;
}

export type Mark = ({ kind: 'range' } & Span) | { kind: 'median' | 'average'; at: number };

export interface MarkLabel {
  text: string;
  /** Percent of the plot's width. */
  x: number;
  anchor: 'start' | 'middle' | 'end';
}

export type RowStatus = 'current' | 'superseded' | 'older';

export interface ChartRow {
  id: string;
  level: Level;
  /** "Junior", "All levels". */
  levelName: string;
  /** "range", "median". */
  statistic: string;
  /** The source's short name. */
  source: string;
  /** "2023" or "undated". */
  year: string;
  /** What the figure counts, shown only where two rows of a panel would otherwise read the same. */
  scope?: string;
  status: RowStatus;
  /** What a faded row is: "superseded by the 2023 figure", "older figure". */
  statusText?: string;
  context: boolean;
  /** The amounts as the salary table writes them. */
  amounts: string;
  marks: Mark[];
  /** 10th–90th (outer) and 25th–75th (inner) percentiles. */
  band?: { outer?: Span; inner?: Span };
  labels: MarkLabel[];
}

export interface ChartTick {
  value: number;
  /** Percent of the plot's width. */
  at: number;
  label: string;
}

export interface ChartPanel {
  currency: string;
  period: Period;
  /** "Euros a year". */
  title: string;
  /** The same in running text: "euros a year", "US dollars an hour". */
  unit: string;
  /** "United States", or several names joined. */
  regions: string;
  ticks: ChartTick[];
  rows: ChartRow[];
  /** One sentence saying what the panel shows, for its accessible name. */
  summary: string;
}

export type LegendKey = 'range' | 'median' | 'average' | 'band' | 'superseded' | 'older' | 'context';

export interface SalaryChart {
  panels: ChartPanel[];
  /** The kinds of mark and row the chart uses, in a fixed order, for its key. */
  legend: LegendKey[];
  count: number;
}

export interface ChartOptions {
  /** The narrowest plot the chart is drawn in, in px: labels are placed so they fit there. */
  plotWidth?: number;
  /** Size of the amount labels, in px. */
  fontSize?: number;
}

const levelOrder: Record<Level, number> = { entry: 0, junior: 1, mid: 2, senior: 3, all: 4 };
const periodOrder: Record<Period, number> = { year: 0, month: 1, hour: 2 };
const legendOrder: LegendKey[] = ['range', 'median', 'average', 'band', 'superseded', 'older', 'context'];
/** Space kept between two amount labels (drawn bold), and between a label and the plot's edge, in px. */
const gap = 10;

const amountsOf = (f: ChartFigure) =>
  [f.amount, f.min, f.max, f.percentiles?.p10, f.percentiles?.p25, f.percentiles?.p75, f.percentiles?.p90].filter(
    (n): n is number => n !== undefined,
  );

/** Where one label goes on a plot `width` px wide: centred on `at` if it fits there, else leaning inward. */
function labelAt(text: string, at: number, width: number, fontSize: number): MarkLabel {
  const half = textWidth(text, fontSize, true) / 2 + gap;
  const px = (at / 100) * width;
  if (px >= half && width - px >= half) return { text, x: at, anchor: 'middle' };
  return { text, x: at, anchor: px < width / 2 ? 'start' : 'end' };
}

/** One label covering a stretch: from its start if it fits to the right edge, else ending at its end. */
function labelAlong(text: string, span: Span, width: number, fontSize: number): MarkLabel {
  const w = textWidth(text, fontSize, true);
  if ((span.from / 100) * width + w <= width) return { text, x: span.from, anchor: 'start' };
  if ((span.to / 100) * width - w >= 0) return { text, x: span.to, anchor: 'end' };
  return { text, x: 0, anchor: 'start' };
}

function rowLabels(figure: ChartFigure, marks: Mark[], width: number, fontSize: number): MarkLabel[] {
  const range = marks.find((m): m is Mark & { kind: 'range' } => m.kind === 'range');
  const point = marks.find((m): m is Mark & { kind: 'median' | 'average' } => m.kind !== 'range');
  const money = (n: number) => formatMoney(n, figure.currency);
  if (range && point) return [labelAlong(formatAmount(figure), range, width, fontSize)];
  if (point) return [labelAt(money(figure.amount!), point.at, width, fontSize)];
  if (!range) return [];
  const low = money(figure.min!);
  const high = money(figure.max!);
  // Each end labelled under its own end, when the bar is long enough to keep the two apart.
  const barPx = ((range.to - range.from) / 100) * width;
  if (barPx >= textWidth(low, fontSize, true) + textWidth(high, fontSize, true) + gap) {
    return [
      { text: low, x: range.from, anchor: 'start' },
      { text: high, x: range.to, anchor: 'end' },
    ];
  }
  return [labelAlong(`${low}–${high}`, range, width, fontSize)];
}

const band = (scale: { min: number; max: number }, low?: number, high?: number): Span | undefined =>
  low !== undefined && high !== undefined ? { from: position(scale, low), to: position(scale, high) } : undefined;

function buildRow(
  figure: ChartFigure,
  scale: { min: number; max: number },
  byId: Map<string, ChartFigure>,
  options: Required<ChartOptions>,
): ChartRow {
  const marks: Mark[] = [];
  if (figure.min !== undefined && figure.max !== undefined)
    marks.push({ kind: 'range', from: position(scale, figure.min), to: position(scale, figure.max) });
  if (figure.amount !== undefined)
    marks.push({ kind: figure.statistic === 'average' ? 'average' : 'median', at: position(scale, figure.amount) });
  const p = figure.percentiles;
  const outer = band(scale, p?.p10, p?.p90);
  const inner = band(scale, p?.p25, p?.p75);
  const newer = figure.supersededBy === undefined ? undefined : byId.get(figure.supersededBy);
  const status: RowStatus = figure.supersededBy !== undefined ? 'superseded' : figure.older ? 'older' : 'current';
  const statusText =
    status === 'superseded'
      ? newer && newer.year !== 'undated'
        ? `superseded by the ${newer.year} figure`
        : 'superseded by a newer figure'
      : status === 'older'
        ? 'older figure'
        : undefined;
  return {
    id: figure.id,
    level: figure.level,
    levelName: levelLabel(figure.level),
    statistic: statisticLabel(figure.statistic).toLowerCase(),
    source: figure.source.data.shortName ?? figure.source.data.publisher,
    year: yearLabel(figure.year).toLowerCase(),
    ...(figure.scope === undefined ? {} : { scope: figure.scope }),
    status,
    ...(statusText === undefined ? {} : { statusText }),
    context: figure.context === true,
    amounts: formatAmount(figure),
    marks,
    ...(outer || inner ? { band: { ...(outer && { outer }), ...(inner && { inner }) } } : {}),
    labels: rowLabels(figure, marks, options.plotWidth, options.fontSize),
  };
}

function panelSummary(panel: Omit<ChartPanel, 'summary'>, figures: ChartFigure[]): string {
  const values = figures.flatMap((f) => [f.amount, f.min, f.max]).filter((n): n is number => n !== undefined);
  const low = formatMoney(Math.min(...values), panel.currency);
  const high = formatMoney(Math.max(...values), panel.currency);
  const count = figures.length === 1 ? 'one figure' : `${figures.length} figures`;
  const spread = low === high ? low : `from ${low} to ${high}`;
  const faded = [
    ['superseded', panel.rows.filter((r) => r.status === 'superseded').length],
    ['older', panel.rows.filter((r) => r.status === 'older').length],
    ['shown for context', panel.rows.filter((r) => r.context).length],
  ] as const;
  const notes = faded.filter(([, n]) => n > 0).map(([what, n]) => `${n} ${what}`);
  return `${panel.title}, ${panel.regions}: ${count}, ${spread}${notes.length ? ` (${notes.join(', ')})` : ''}.`;
}

/**
 * The chart for a list of figures: one panel per currency and period (never two currencies or two
 * periods on one axis), yearly panels first, rows in career order (entry to senior, then all levels)
 * and otherwise in the order given. No figures, no chart.
 */
export function salaryChart(figures: readonly ChartFigure[], options: ChartOptions = {}): SalaryChart | undefined {
  if (figures.length === 0) return undefined;
  const settings = { plotWidth: options.plotWidth ?? 320, fontSize: options.fontSize ?? 12 };
  const byId = new Map(figures.map((f) => [f.id, f]));
  const groups = new Map<string, ChartFigure[]>();
  for (const figure of figures) {
    const key = `${figure.currency}/${figure.period}`;
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }
  const ordered = [...groups.values()].sort((a, b) => periodOrder[a[0]!.period] - periodOrder[b[0]!.period]);

  const panels = ordered.map((group): ChartPanel => {
    const { currency, period } = group[0]!;
    const rowsInOrder = [...group].sort((a, b) => levelOrder[a.level] - levelOrder[b.level]);
    const scale = niceScale(group.flatMap(amountsOf));
    const rows = rowsInOrder.map((f) => buildRow(f, scale, byId, settings));
    // Two rows that would read the same (say, two BLS 2023 medians for different groups) show their scope.
    const sameLabel = (r: ChartRow) => [r.levelName, r.statistic, r.source, r.year].join('|');
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(sameLabel(r), (counts.get(sameLabel(r)) ?? 0) + 1);
    for (const r of rows) if (counts.get(sameLabel(r))! < 2) delete r.scope;
    const unit = `${currencyPlural(currency)} ${periodLabel(period)}`;
    const panel = {
      currency,
      period,
      title: `${unit.charAt(0).toUpperCase()}${unit.slice(1)}`,
      unit,
      regions: [...new Set(group.map((f) => regionName(f.region)))].join(', '),
      ticks: scale.ticks.map((value) => ({ value, at: position(scale, value), label: compactMoney(value, currency) })),
      rows,
    };
    return { ...panel, summary: panelSummary(panel, group) };
  });

  const rows = panels.flatMap((p) => p.rows);
  const used = new Set<LegendKey>(rows.flatMap((r) => r.marks.map((m) => m.kind)));
  if (rows.some((r) => r.band)) used.add('band');
  for (const r of rows) if (r.status !== 'current') used.add(r.status);
  if (rows.some((r) => r.context)) used.add('context');
  return { panels, legend: legendOrder.filter((key) => used.has(key)), count: figures.length };
}
