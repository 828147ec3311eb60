// Each role's pay chart is drawn once per build and layout, then shared by the SVG file's endpoint and
// every page that shows it (which needs its size and text alternative).
import globalCss from '../../styles/global.css?raw';
import type { ChartFigure } from './salary-chart.ts';
import { drawSalaryChart, type ChartDrawing, type ChartLayoutName } from './salary-chart-svg.ts';
import { themeTokens } from './theme.ts';

const theme = themeTokens(globalCss);
const drawings = new WeakMap<readonly ChartFigure[], Map<ChartLayoutName, ChartDrawing | undefined>>();

/** The chart of a role's figures in one layout, or undefined when the role has no figure. */
export function payChartDrawing(
  figures: readonly ChartFigure[],
  layout: ChartLayoutName,
  roleTitle: string,
): ChartDrawing | undefined {
  let byLayout = drawings.get(figures);
  if (!byLayout) {
    byLayout = new Map();
    drawings.set(figures, byLayout);
  }
  if (!byLayout.has(layout)) byLayout.set(layout, drawSalaryChart(figures, layout, payChartTitle(roleTitle), theme));
  return byLayout.get(layout);
}

const payChartTitle = (roleTitle: string) => `${roleTitle}: pay figures by currency and period`;

/**
 * What the picture shows, in words: how many figures in which panels. The table beside the chart
 * gives each figure in full, so the text alternative stays short (a role page counts its bytes).
 */
export function payChartAlt(drawing: ChartDrawing, roleTitle: string): string {
  const { chart } = drawing;
  const panels = chart.panels.map((p) => `${p.unit} (${p.rows.length})`);
  const list = panels.length > 1 ? `${panels.slice(0, -1).join(', ')} and ${panels.at(-1)}` : panels[0];
  return `${roleTitle} pay chart: ${chart.count === 1 ? 'one figure' : `${chart.count} figures`}, in ${list}.`;
}
