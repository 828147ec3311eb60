// Each role's O*NET charts (skills and knowledge; routes in) are drawn once per build and layout, then
// shared by the SVG file's endpoint and the page that shows it (which needs its size).
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
type Drawing = { svg: string; width: number; height: number } | undefined;
const drawings = new Map<string, Drawing>();

const draw = {
  skills: (view: RoleOnetView, layout: ChartLayoutName, roleTitle: string) =>
    drawSkillsChart(skillsChartPanels(view), layout, skillsChartTitle(roleTitle), theme),
  routes: (view: RoleOnetView, layout: ChartLayoutName, roleTitle: string) =>
    drawRoutesChart(routesChartPanels(view), layout, routesChartTitle(roleTitle), theme),
};

/** A role's O*NET chart of one kind in one layout, or undefined when O*NET gives nothing to draw. */
export function onetChartDrawing(
  kind: OnetChartKind,
  roleId: string,
  view: RoleOnetView,
  layout: ChartLayoutName,
  roleTitle: string,
): Drawing {
  const key = `${kind}|${roleId}|${layout}`;
  if (!drawings.has(key)) drawings.set(key, draw[kind](view, layout, roleTitle));
  return drawings.get(key);
}
