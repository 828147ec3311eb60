import type { APIRoute, GetStaticPaths } from 'astro';
import { payChartSvg } from '../../../../lib/charts/pay-chart-drawings.ts';
import { chartLayouts, type ChartLayoutName } from '../../../../lib/charts/salary-chart-svg.ts';
import { loadSite } from '../../../../lib/content/site-data.ts';
import type { Role } from '../../../../lib/model/role-types.ts';

/** Each role's pay chart as an SVG file per layout, drawn at build time; roles without figures get none. */
export const getStaticPaths = (async () => {
  const { roles } = await loadSite();
  return [...roles.values()]
    .filter((role) => role.salaries.length > 0)
    .flatMap((role) =>
      (Object.keys(chartLayouts) as ChartLayoutName[]).map((layout) => ({
        params: { layout, role: role.id },
        props: { role, layout },
      })),
    );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { role, layout } = props as { role: Role; layout: ChartLayoutName };
  const svg = payChartSvg({ id: role.id, title: role.entry.data.title, figures: role.salaries }, layout)!;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
