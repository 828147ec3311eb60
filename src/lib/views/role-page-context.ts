import { siteConfig } from '../../site.config.ts';
import { payChartDrawing } from '../charts/pay-chart-drawings.ts';
import { loadSite } from '../content/site-data.ts';
import type { Role } from '../model/role-types.ts';
import { canonicalUrl, siteUrl } from '../page/canonical.ts';
import { rolePageView, type RolePageInput, type RolePageView } from './role-page.ts';

/**
 * The role page's view model, given what only the build has: every role, the page's URL and whether
 * the pay chart (which needs the site's stylesheet) has something to draw. Kept apart from
 * role-page.ts so that one stays pure and loads in plain Node for its test.
 */
export async function rolePageFor(
  role: Role,
  headings: RolePageInput['headings'],
  astro: { site?: URL; url: URL },
): Promise<RolePageView> {
  const { roles } = await loadSite();
  return rolePageView({
    role,
    headings,
    roles,
    page: canonicalUrl(astro),
    site: siteUrl(astro),
    siteName: siteConfig.name,
    hasPayChart: payChartDrawing(role.salaries, 'wide', role.entry.data.title) !== undefined,
  });
}
