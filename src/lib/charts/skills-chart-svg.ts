// The "What the work asks for" chart: O*NET's importance and level of the skills and knowledge areas that
// matter most, drawn as a standalone SVG file like the pay chart (the page shows it as an image, so a role
// page pays a few bytes for it), in a wide layout and a phone layout.
import type { ChartLayoutName } from './salary-chart-svg.ts';
import { textWidth } from './text-width.ts';
import { escapeXml } from './xml.ts';

/** One row as the page's table shows it: values already rounded, so picture and table say the same. */
export interface SkillsChartRow {
  name: string;
  importance: string;
  level?: string | undefined;
}

export interface SkillsChartPanel {
  title: string;
  rows: readonly SkillsChartRow[];
}

/** Widths in px; the picture is shown at this size, never larger. Phones put each label above its bars. */
const layouts = {
  wide: { width: 700, label: 230, bar: 190, gap: 40 },
  narrow: { width: 350, label: 0, bar: 150, gap: 34 },
} as const;

/** O*NET's scales: importance from 1 to 5, level from 0 to 7. */
export const skillScales = { importance: { min: 1, max: 5 }, level: { min: 0, max: 7 } } as const;

const n = (value: number) => String(Math.round(value * 10) / 10);
const rowHeight = { beside: 26, above: 40 };

export interface SkillsChartDrawing {
  svg: string;
  width: number;
  height: number;
}

function drawBar(x: number, width: number, y: number, value: string | undefined, scale: { min: number; max: number }) {
  const track = `<path class="u" d="M${x} ${y}h${width}"/>`;
  if (value === undefined) return `${track}<text class="s" x="${x}" y="${y + 4}">not shown</text>`;
  const length = ((Number(value) - scale.min) / (scale.max - scale.min)) * width;
  return (
    track +
    `<rect class="b" x="${x}" y="${y - 5}" width="${n(Math.max(2, length))}" height="10" rx="2"/>` +
    `<text class="n" x="${n(x + Math.max(2, length) + 6)}" y="${y + 4}">${escapeXml(value)}</text>`
  );
}

/**
 * The chart of `panels` in one layout, as a complete SVG document, or undefined when there is no row.
 * `theme` carries the site's colour tokens (both schemes), as for the pay chart.
 */
export function drawSkillsChart(
  panels: readonly SkillsChartPanel[],
  layoutName: ChartLayoutName,
  title: string,
  theme: string,
): SkillsChartDrawing | undefined {
  if (!panels.some((p) => p.rows.length > 0)) return undefined;
  const layout = layouts[layoutName];
  const above = layout.label === 0;
  const importanceX = above ? 0 : layout.label;
  const levelX = importanceX + layout.bar + layout.gap;
  const body: string[] = [];
  let y = 0;
  for (const panel of panels.filter((p) => p.rows.length > 0)) {
    y += 20;
    body.push(`<text class="t" x="0" y="${y}">${escapeXml(panel.title)}</text>`);
    y += 20;
    body.push(
      `<text class="k" x="${importanceX}" y="${y}">Importance, 1–5</text><text class="k" x="${levelX}" y="${y}">Level, 0–7</text>`,
    );
    y += 8;
    for (const row of panel.rows) {
      const label = above ? y + 14 : y + 17;
      const barY = above ? y + 28 : y + 13;
      const name = escapeXml(clip(row.name, above ? layout.width : layout.label - 12));
      body.push(
        `<g><text class="r" x="0" y="${label}">${name}</text>` +
          drawBar(importanceX, layout.bar, barY, row.importance, skillScales.importance) +
          drawBar(levelX, layout.bar, barY, row.level, skillScales.level) +
          '</g>',
      );
      y += above ? rowHeight.above : rowHeight.beside;
    }
    y += 6;
  }
  const height = Math.ceil(y + 4);
  const { width } = layout;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t">` +
    `<title id="t">${escapeXml(title)}</title><style>${theme}${chartStyle}</style>${body.join('')}</svg>`;
  return { svg, width, height };
}

/** A label cut to fit its column, with an ellipsis (the table beside the chart gives it in full). */
function clip(text: string, width: number): string {
  if (textWidth(text, 13, true) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, 13, true) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

const chartStyle = [
  // A file cannot see the page's font tokens (themeTokens copies colours only): the site's stack, written out.
  "svg{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:12px}",
  'text{fill:var(--text)}',
  '.t{font-size:15px;font-weight:700}',
  '.r{font-size:13px;font-weight:600}',
  '.s,.k{fill:var(--muted)}',
  '.k{font-size:11px}',
  '.n{font-weight:600;font-variant-numeric:tabular-nums}',
  '.u{stroke:var(--border);stroke-width:2}',
  '.b{fill:var(--accent)}',
].join('');
