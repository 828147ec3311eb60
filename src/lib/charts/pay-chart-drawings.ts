// Each role's pay chart is drawn once per build and layout, then shared by the SVG file's endpoint and
// every page that shows it (which needs its size and text alternative).
import globalCss from '../../styles/global.css?raw';
import { drawingStore } from './drawing-store.ts';
import type { ChartFigure } from './salary-chart.ts';
import { drawSalaryChart, type ChartDrawing, type ChartLayoutName } from './salary-chart-svg.ts';
import { themeTokens } from './theme.ts';

const theme = themeTokens(globalCss);

/** The role a pay chart is drawn for: every chart of a role's figures is the chart of all of them. */
export interface PayChartRole {
  id: string;
  title: string;
  figures: readonly ChartFigure[];
}

/** What a page needs to show a pay chart's file. */
export interface PayChartShape {
  width: number;
  height: number;
  alt: string;
}

const drawings = drawingStore<PayChartShape>();

const draw = (role: PayChartRole, layout: ChartLayoutName) => () => {
  const drawing = drawSalaryChart(role.figures, layout, payChartTitle(role.title), theme);
  return (
    drawing && {
      svg: drawing.svg,
      shape: { width: drawing.width, height: drawing.height, alt: payChartAlt(drawing, role.title) },
    }
  );
};

/** The shape of a role's pay chart in one layout, or undefined when the role has no figure. */
export function payChartShape(role: PayChartRole, layout: ChartLayoutName): PayChartShape | undefined {
  return drawings.shape(`${role.id}|${layout}`, draw(role, layout));
}

/** The SVG document of a role's pay chart in one layout, for its file. */
export function payChartSvg(role: PayChartRole, layout: ChartLayoutName): string | undefined {
  return drawings.svg(`${role.id}|${layout}`, draw(role, layout));
}

const payChartTitle = (roleTitle: string) => `${roleTitle}: pay figures by currency and period`;

/**
 * What the picture shows, in words: how many figures in which panels. The table beside the chart
 * gives each figure in full, so the text alternative stays short (a role page counts its bytes).
 */
function payChartAlt(drawing: ChartDrawing, roleTitle: string): string {
  const { chart } = drawing;
  const panels = chart.panels.map((p) => `${p.unit} (${p.rows.length})`);
  const list = panels.length > 1 ? `${panels.slice(0, -1).join(', ')} and ${panels.at(-1)}` : panels[0];
  return `${roleTitle} pay chart: ${chart.count === 1 ? 'one figure' : `${chart.count} figures`}, in ${list}.`;
}
