import type { GetStaticPathsResult } from 'astro';
import { onetChartDrawing, type OnetChartKind } from '../charts/onet-chart-drawings.ts';
import { chartLayouts, type ChartLayoutName } from '../charts/salary-chart-svg.ts';
import { loadSite } from '../content/site-data.ts';
import { onetSiteContext } from './role-page-context.ts';
import { roleOnetView, type RoleOnetView } from './role-onet.ts';

/**
 * The SVG files of one kind of O*NET chart: one per role and layout, for the roles that have something
 * to draw (src/pages/charts/skills/ and src/pages/charts/routes/ share it).
 */
export async function onetChartPaths(kind: OnetChartKind): Promise<GetStaticPathsResult> {
  const [{ roles }, onet] = await Promise.all([loadSite(), onetSiteContext()]);
  return [...roles.values()].flatMap((role) => {
    const { data } = role.entry;
    const view = roleOnetView(onet, {
      title: data.title,
      mappings: data.onetOccupations,
      technologyIds: role.technologies.map((t) => t.technology.id),
    });
    const layouts = Object.keys(chartLayouts) as ChartLayoutName[];
    if (!view || !layouts.every((layout) => onetChartDrawing(kind, role.id, view, layout, data.title))) return [];
    return layouts.map((layout) => ({
      params: { layout, role: role.id },
      props: { kind, roleId: role.id, roleTitle: data.title, view, layout },
    }));
  });
}

/** The SVG file of a path onetChartPaths gave. */
export function onetChartResponse(props: unknown): Response {
  const { kind, roleId, roleTitle, view, layout } = props as {
    kind: OnetChartKind;
    roleId: string;
    roleTitle: string;
    view: RoleOnetView;
    layout: ChartLayoutName;
  };
  const drawing = onetChartDrawing(kind, roleId, view, layout, roleTitle)!;
  return new Response(drawing.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
