// A pay chart drawn as a standalone SVG file: the page shows it as an image (so a role page pays a few
// bytes for it, not kilobytes), in one of two layouts: labels beside the bars, or above them on phones.
import { escapeXml } from './xml.ts';
import { salaryChart, type ChartFigure, type ChartRow, type LegendKey, type SalaryChart } from './salary-chart.ts';
import { textWidth, wrapText } from './text-width.ts';

export interface ChartLayout {
  /** Width of the drawing, in px: the image is shown at this size (or smaller, never larger). */
  width: number;
  /** Width of the label column beside the bars; 0 puts labels above the bars. */
  labelWidth: number;
  plotX: number;
  plotWidth: number;
}

/**
 * Both are shown at their own size, never scaled: `wide` fits the narrowest column the chart is placed
 * in (a guide's 44rem), `narrow` a 390 px phone once the page's margins are taken off.
 */
export const chartLayouts = {
  wide: { width: 700, labelWidth: 224, plotX: 244, plotWidth: 444 },
  narrow: { width: 350, labelWidth: 0, plotX: 8, plotWidth: 334 },
} as const satisfies Record<string, ChartLayout>;

/** The widest viewport that gets the narrow layout: below it, the wide one would not fit. */
export const narrowChartMedia = '(max-width: 46rem)';

export type ChartLayoutName = keyof typeof chartLayouts;

const size = { title: 15, label: 13, small: 12, amount: 12, tick: 11 };
const lineHeight = { label: 17, small: 15 };
/** Height of the strip a row's marks and amounts sit in; marks on `markY`, amounts on `amountY`. */
const track = { height: 38, markY: 12, amountY: 32 };
const rowGap = 10;
const panelGap = 34;

const legendText: Record<LegendKey, string> = {
  range: 'range',
  median: 'median',
  average: 'average',
  band: 'spread (percentiles)',
  superseded: 'superseded (dashed)',
  older: 'older figure (faded)',
  context: 'context, not this role’s pay (hollow)',
};

const n = (value: number) => String(Math.round(value * 10) / 10);

interface Line {
  text: string;
  className: string;
  /** A second, muted part on the same line. */
  after?: string;
}

/** The text beside (or above) a row's marks: what it is, who says so and when, and why it is faded. */
function labelLines(row: ChartRow, width: number, stacked: boolean): Line[] {
  const what = `${row.levelName} · ${row.statistic}`;
  const who = `${row.source} · ${row.year}`;
  // Above the bars there is room to say both on one line; beside them, two lines keep rows alike.
  const lines: Line[] =
    stacked && textWidth(`${what}  ${who}`, size.label) <= width
      ? [{ text: what, className: 'r', after: who }]
      : [
          { text: what, className: 'r' },
          { text: who, className: 's' },
        ];
  const notes = [row.statusText, row.context ? 'for context, not this role’s pay' : undefined].filter(
    (note): note is string => note !== undefined,
  );
  for (const note of notes) for (const text of wrapText(note, size.small, width)) lines.push({ text, className: 'x' });
  if (row.scope) for (const text of wrapText(row.scope, size.small, width)) lines.push({ text, className: 's' });
  return lines;
}

const linesHeight = (lines: Line[]) =>
  lines.reduce((sum, _line, i) => sum + (i === 0 ? lineHeight.label : lineHeight.small), 0);

function drawLines(lines: Line[], x: number, top: number): string {
  let y = top;
  return lines
    .map((line, i) => {
      y += i === 0 ? lineHeight.label - 4 : lineHeight.small;
      const after = line.after ? `<tspan class="s" dx="8">${escapeXml(line.after)}</tspan>` : '';
      return `<text class="${line.className}" x="${x}" y="${y}">${escapeXml(line.text)}${after}</text>`;
    })
    .join('');
}

/** The marks and amount labels of one row, with the plot starting at `x` and the strip at `top`. */
function drawMarks(row: ChartRow, x: number, width: number, top: number): string {
  const at = (percent: number) => x + (percent / 100) * width;
  const y = top + track.markY;
  const parts = [`<path class="u" d="M${x} ${y}h${width}"/>`];
  for (const [span, className] of [
    [row.band?.outer, 'p1'],
    [row.band?.inner, 'p2'],
  ] as const) {
    if (span)
      parts.push(
        `<rect class="${className}" x="${n(at(span.from))}" y="${y - 9}" width="${n(at(span.to) - at(span.from))}" height="18"/>`,
      );
  }
  for (const mark of row.marks) {
    if (mark.kind === 'range') {
      const from = at(mark.from);
      parts.push(
        `<rect class="b" x="${n(from)}" y="${y - 5}" width="${n(Math.max(2, at(mark.to) - from))}" height="10" rx="3"/>`,
      );
    } else if (mark.kind === 'median') {
      parts.push(`<circle class="m" cx="${n(at(mark.at))}" cy="${y}" r="6"/>`);
    } else {
      parts.push(`<path class="m" d="M${n(at(mark.at))} ${y - 7}l7 7-7 7-7-7z"/>`);
    }
  }
  for (const label of row.labels) {
    // Labels leaning inward start (or end) at the mark's outer edge rather than its centre.
    const nudge =
      label.anchor === 'middle'
        ? 0
        : row.marks.some((m) => m.kind !== 'range')
          ? label.anchor === 'start'
            ? -6
            : 6
          : 0;
    const anchor = label.anchor === 'start' ? '' : ` text-anchor="${label.anchor}"`;
    parts.push(
      `<text class="n" x="${n(at(label.x) + nudge)}" y="${top + track.amountY}"${anchor}>${escapeXml(label.text)}</text>`,
    );
  }
  return parts.join('');
}

function drawLegend(keys: LegendKey[], width: number): { svg: string; height: number } {
  const icon: Record<LegendKey, string> = {
    range: '<rect class="b" x="0" y="-5" width="22" height="10" rx="3"/>',
    median: '<circle class="m" cx="11" cy="0" r="6"/>',
    average: '<path class="m" d="M11 -7l7 7-7 7-7-7z"/>',
    band: '<rect class="p1" x="0" y="-9" width="22" height="18"/><rect class="p2" x="5" y="-9" width="12" height="18"/>',
    superseded: '<g class="sup"><rect class="b" x="0" y="-5" width="22" height="10" rx="3"/></g>',
    older: '<g class="old"><rect class="b" x="0" y="-5" width="22" height="10" rx="3"/></g>',
    context: '<g class="ctx"><circle class="m" cx="11" cy="0" r="6"/></g>',
  };
  let x = 0;
  let y = 10;
  const items = keys.map((key) => {
    const itemWidth = 28 + textWidth(legendText[key], size.small) + 18;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += 24;
    }
    const item = `<g transform="translate(${Math.round(x)} ${y})">${icon[key]}<text class="s" x="28" y="4">${escapeXml(legendText[key])}</text></g>`;
    x += itemWidth;
    return item;
  });
  return { svg: items.join(''), height: y + 14 };
}

export interface ChartDrawing {
  svg: string;
  width: number;
  height: number;
  chart: SalaryChart;
}

/**
 * The chart for `figures` in one layout, as a complete SVG document. `theme` is the stylesheet that
 * defines the site's colour tokens (both schemes), so the picture matches the page it sits in.
 */
export function drawSalaryChart(
  figures: readonly ChartFigure[],
  layoutName: ChartLayoutName,
  title: string,
  theme: string,
): ChartDrawing | undefined {
  const layout: ChartLayout = chartLayouts[layoutName];
  const chart = salaryChart(figures, { plotWidth: layout.plotWidth, fontSize: size.amount });
  if (!chart) return undefined;
  const stacked = layout.labelWidth === 0;
  const labelWidth = stacked ? layout.width - 8 : layout.labelWidth;
  const legend = drawLegend(chart.legend, layout.width);
  const body: string[] = [`<g class="k">${legend.svg}</g>`];
  let y = legend.height + 14;

  for (const panel of chart.panels) {
    y += panelGap - 14;
    body.push(
      `<text class="t" x="0" y="${y + size.title}">${escapeXml(panel.title)}<tspan class="s" dx="8">${escapeXml(panel.regions)}</tspan></text>`,
    );
    y += size.title + 12;
    const rowsTop = y;
    const grid: string[] = [];
    const rows = panel.rows.map((row) => {
      const lines = labelLines(row, labelWidth, stacked);
      const labels = linesHeight(lines);
      // Beside the labels, the marks line up with the first line; above them, they follow the last.
      const trackTop = stacked ? y + labels + 2 : y - 3;
      const rowHeight = stacked ? labels + 2 + track.height : Math.max(labels, track.height - 3);
      if (stacked)
        grid.push(
          ...panel.ticks.map(
            (t) => `M${n(layout.plotX + (t.at / 100) * layout.plotWidth)} ${trackTop}v${track.markY * 2}`,
          ),
        );
      const classes = [
        row.status === 'superseded' ? 'sup' : row.status === 'older' ? 'old' : '',
        row.context ? 'ctx' : '',
      ]
        .filter(Boolean)
        .join(' ');
      const drawn =
        `<g${classes ? ` class="${classes}"` : ''} data-figure="${escapeXml(row.id)}">` +
        drawLines(lines, 0, y) +
        drawMarks(row, layout.plotX, layout.plotWidth, trackTop) +
        '</g>';
      y += rowHeight + rowGap;
      return drawn;
    });
    const rowsBottom = y - rowGap;
    if (!stacked) {
      grid.push(
        ...panel.ticks.map(
          (t) => `M${n(layout.plotX + (t.at / 100) * layout.plotWidth)} ${rowsTop - 4}V${rowsBottom + 4}`,
        ),
      );
    }
    body.push(`<path class="g" d="${grid.join('')}"/>`, ...rows);
    const ticks = panel.ticks.map((t, i) => {
      const anchor = i === 0 ? '' : i === panel.ticks.length - 1 ? ' text-anchor="end"' : ' text-anchor="middle"';
      return `<text x="${n(layout.plotX + (t.at / 100) * layout.plotWidth)}" y="${rowsBottom + 18}"${anchor}>${escapeXml(t.label)}</text>`;
    });
    body.push(`<g class="k">${ticks.join('')}</g>`);
    y = rowsBottom + 24;
  }

  const height = Math.ceil(y + 4);
  const width = layout.width;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t" aria-describedby="d">` +
    `<title id="t">${escapeXml(title)}</title><desc id="d">${escapeXml(chart.panels.map((p) => p.summary).join(' '))}</desc><style>${theme}${chartStyle}</style>${body.join('')}</svg>`;
  return { svg, width, height, chart };
}

/** The chart's own rules, in the site's tokens (defined by `theme`), light and dark alike. */
const chartStyle = [
  'svg{font-family:var(--font-body);font-size:12px}',
  'text{fill:var(--text)}',
  '.t{font-size:15px;font-weight:700}',
  '.r{font-size:13px;font-weight:600}',
  '.s,.k text{fill:var(--muted)}',
  '.k text{font-size:11px}',
  '.k .s{font-size:12px}',
  '.x{fill:var(--warn-text);font-style:italic}',
  '.n{font-weight:600;font-variant-numeric:tabular-nums}',
  '.g{stroke:var(--border);stroke-width:1}',
  '.u{stroke:var(--border);stroke-width:2}',
  '.b{fill:var(--accent)}',
  '.m{fill:var(--accent-strong);stroke:var(--surface);stroke-width:1.5}',
  '.p1{fill:var(--accent);opacity:.16}',
  '.p2{fill:var(--accent);opacity:.3}',
  '.sup .b,.sup .m{fill:none;stroke:var(--muted);stroke-width:1.5;stroke-dasharray:3 2}',
  '.sup .r{fill:var(--muted)}',
  '.sup .n{fill:var(--muted);text-decoration:line-through}',
  '.old .b,.old .m{opacity:.5}',
  '.ctx .b,.ctx .m{fill:var(--surface);stroke:var(--accent-strong);stroke-width:2}',
].join('');
