import type { GetStaticPathsResult } from 'astro';
import { onetChartShape, onetChartSvg, type OnetChartKind, type OnetChartOf } from '../charts/onet-chart-drawings.ts';
import { chartLayouts, type ChartLayoutName } from '../charts/salary-chart-svg.ts';
import { loadSite } from '../content/site-data.ts';
import { onetSiteContext } from './role-page-context.ts';
import { roleOnetViewOf } from './role-onet.ts';

/**
 * The SVG files of one kind of O*NET chart: one per role and layout, for the roles that have something
 * to draw (src/pages/charts/skills/ and src/pages/charts/routes/ share it).
 */
export async function onetChartPaths(kind: OnetChartKind): Promise<GetStaticPathsResult> {
  const [{ roles }, onet] = await Promise.all([loadSite(), onetSiteContext()]);
  return [...roles.values()].flatMap((role) => {
    const { data } = role.entry;
    const view = roleOnetViewOf(onet, role);
    if (!view) return [];
    const charts = (Object.keys(chartLayouts) as ChartLayoutName[]).map((layout): OnetChartOf => ({
      kind,
      roleId: role.id,
      roleTitle: data.title,
      view,
      layout,
    }));
    if (!charts.every((chart) => onetChartShape(chart))) return [];
    return charts.map((chart) => ({ params: { layout: chart.layout, role: role.id }, props: chart }));
  });
}

/** The SVG file of a path onetChartPaths gave. */
export function onetChartResponse(props: unknown): Response {
  const svg = onetChartSvg(props as OnetChartOf)!;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
