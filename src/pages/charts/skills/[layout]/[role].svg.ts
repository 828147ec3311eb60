import type { APIRoute, GetStaticPaths } from 'astro';
import { onetChartPaths, onetChartResponse } from '../../../../lib/views/onet-chart-paths.ts';

/** Each role's O*NET skills chart as an SVG file per layout, drawn at build time (src/lib/charts/). */
export const getStaticPaths = (() => onetChartPaths('skills')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => onetChartResponse(props);
