// Each role's O*NET charts (skills and knowledge; routes in) are drawn once per build and layout, then
// shared by the SVG file's endpoint and the page that shows it (which needs its size).
import { drawingStore, type Drawn } from './drawing-store.ts';
import globalCss from '../../styles/global.css?raw';
import {
  routesChartPanels,
  routesChartTitle,
  skillsChartPanels,
  skillsChartTitle,
  type RoleOnetView,
} from '../views/role-onet.ts';
import { drawRoutesChart } from './routes-chart-svg.ts';
import type { ChartLayoutName } from './salary-chart-svg.ts';
import { drawSkillsChart } from './skills-chart-svg.ts';
import { themeTokens } from './theme.ts';

const theme = themeTokens(globalCss);

export type OnetChartKind = 'skills' | 'routes';
/** What a page needs to show an O*NET chart's file. */
export interface OnetChartShape {
  width: number;
  height: number;
}
const drawings = drawingStore<OnetChartShape>();

const drawers = {
  skills: (view: RoleOnetView, layout: ChartLayoutName, roleTitle: string) =>
    drawSkillsChart(skillsChartPanels(view), layout, skillsChartTitle(roleTitle), theme),
  routes: (view: RoleOnetView, layout: ChartLayoutName, roleTitle: string) =>
    drawRoutesChart(routesChartPanels(view), layout, routesChartTitle(roleTitle), theme),
};

/** One O*NET chart: its kind, the role it is drawn for, and the layout (the props of its file's route). */
export type OnetChartOf = {
  kind: OnetChartKind;
  roleId: string;
  roleTitle: string;
  view: RoleOnetView;
  layout: ChartLayoutName;
};

const key = ({ kind, roleId, layout }: OnetChartOf) => `${kind}|${roleId}|${layout}`;

const draw =
  ({ kind, view, layout, roleTitle }: OnetChartOf) =>
  (): Drawn<OnetChartShape> | undefined => {
    const drawing = drawers[kind](view, layout, roleTitle);
    return drawing && { svg: drawing.svg, shape: { width: drawing.width, height: drawing.height } };
  };

/** The shape of a role's O*NET chart, or undefined when O*NET gives nothing to draw. */
export function onetChartShape(chart: OnetChartOf): OnetChartShape | undefined {
  return drawings.shape(key(chart), draw(chart));
}

/** The SVG document of a role's O*NET chart, for its file. */
export function onetChartSvg(chart: OnetChartOf): string | undefined {
  return drawings.svg(key(chart), draw(chart));
}
