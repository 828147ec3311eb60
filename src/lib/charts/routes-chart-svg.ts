// The "Routes in" chart: the share of workers in each category of education, related experience and
// on-the-job training, as bars in a standalone SVG file (a role page pays a few bytes for it, not a
// kilobyte), in a wide layout and a phone layout. The page lists the same shares as its text.
import type { ChartLayoutName } from './salary-chart-svg.ts';
import { escapeXml } from './xml.ts';

export interface RoutesChartPanel {
  title: string;
  /** Shares as the page shows them: whole percents, a suppressed one without a value. */
  rows: readonly { label: string; percent?: number | undefined }[];
}

const layouts = {
  wide: { width: 700, label: 250, bar: 380 },
  narrow: { width: 350, label: 0, bar: 290 },
} as const;

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const n = (value: number) => String(Math.round(value * 10) / 10);

/** The chart of `panels` in one layout, as a complete SVG document, or undefined when no panel has a row. */
export function drawRoutesChart(
  panels: readonly RoutesChartPanel[],
  layoutName: ChartLayoutName,
  title: string,
  theme: string,
): { svg: string; width: number; height: number } | undefined {
  if (!panels.some((p) => p.rows.length > 0)) return undefined;
  const { width, label, bar } = layouts[layoutName];
  const body: string[] = [];
  let y = 0;
  for (const panel of panels.filter((p) => p.rows.length > 0)) {
    y += 20;
    body.push(`<text class="t" x="0" y="${y}">${escapeXml(panel.title)}</text>`);
    y += 10;
    // Phones put each label above its bar; wider screens beside it.
    const above = label === 0;
    for (const row of panel.rows) {
      const mid = above ? y + 25 : y + 11;
      const length = ((row.percent ?? 0) / 100) * bar;
      const name = above
        ? `<text class="r" x="0" y="${y + 13}">${escapeXml(capital(row.label))}</text>`
        : `<text class="r" x="${label - 10}" y="${mid + 4}" text-anchor="end">${escapeXml(capital(row.label))}</text>`;
      body.push(
        name +
          `<path class="u" d="M${label} ${mid}h${bar}"/>` +
          (row.percent === undefined
            ? `<text class="s" x="${label}" y="${mid + 4}">not shown</text>`
            : `<rect class="b" x="${label}" y="${mid - 6}" width="${n(Math.max(1, length))}" height="12" rx="2"/>` +
              `<text class="n" x="${n(label + Math.max(1, length) + 6)}" y="${mid + 4}">${row.percent}%</text>`),
      );
      y += above ? 36 : 22;
    }
    y += 6;
  }
  const height = Math.ceil(y + 4);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t">` +
    `<title id="t">${escapeXml(title)}</title><style>${theme}${chartStyle}</style>${body.join('')}</svg>`;
  return { svg, width, height };
}

const chartStyle = [
  // A file cannot see the page's font tokens (themeTokens copies colours only): the site's stack, written out.
  "svg{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:12px}",
  'text{fill:var(--text)}',
  '.t{font-size:15px;font-weight:700}',
  '.s{fill:var(--muted)}',
  '.n{font-weight:600;font-variant-numeric:tabular-nums}',
  '.u{stroke:var(--border);stroke-width:2}',
  '.b{fill:var(--accent)}',
].join('');
