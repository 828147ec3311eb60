/** Every internal URL is built here, so the base path is applied in one place. */
// Plain Node (the unit tests) has no import.meta.env: there the site sits at the root.
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A site path ("roles/") under the configured base path. */
export function sitePath(path = ''): string {
  return base + path.replace(/^\//, '');
}

export const roleUrl = (id: string) => sitePath(`roles/${id}/`);
export const guideUrl = (id: string) => sitePath(`guides/${id}/`);
export const technologyUrl = (id: string) => sitePath(`technologies/${id}/`);
/** The compare page of two roles; the pair's order is fixed (src/lib/compare/role-pairs.ts), whichever comes first here. */
export const compareUrl = (slug: string) => sitePath(`compare/${slug}/`);
export const sourceAnchor = (id: string) => `source-${id}`;
export const figureAnchor = (id: string) => `figure-${id}`;
/** A role's pay chart drawn as an SVG file, in one of its layouts (src/pages/charts/pay/). */
export const payChartUrl = (id: string, layout: 'wide' | 'narrow') => sitePath(`charts/pay/${layout}/${id}.svg`);

/** The anchor of a role page's line saying no official statistic counts the role (other pages link to it). */
export const noOfficialStatisticId = 'no-official-statistic';
