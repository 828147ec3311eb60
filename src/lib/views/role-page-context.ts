import { siteConfig } from '../../site.config.ts';
import { payChartShape } from '../charts/pay-chart-drawings.ts';
import { loadSite } from '../content/site-data.ts';
import type { Role } from '../model/role-types.ts';
import { canonicalUrl, siteUrl } from '../page/canonical.ts';
import { onetExamplesWithPage, rolesByOnetCode, technologyPageIndex } from '../onet/index.ts';
import { roleUrl, technologyUrl } from '../page/urls.ts';
import type { OnetSiteContext } from './role-onet.ts';
import { rolePageView, type RolePageInput, type RolePageView } from './role-page.ts';

let onetContext: Promise<OnetSiteContext> | undefined;

/** O*NET with what the site adds (its roles by code, its catalogue, which technologies have a page), once per build. */
export function onetSiteContext(): Promise<OnetSiteContext> {
  onetContext ??= (async () => {
    const { roles, technologies, siteTechnologies, onet: data } = await loadSite();
    const all = [...roles.values()];
    const catalogue = technologies.map((t) => ({ id: t.id, ...t.data }));
    const mapped = all.map((role) => ({
      id: role.id,
      onetOccupations: role.entry.data.onetOccupations,
      technologyIds: role.technologies.map((t) => t.technology.id),
    }));
    return {
      data,
      catalogue,
      roleIdsByCode: rolesByOnetCode(mapped),
      technologyPages: technologyPageIndex(siteTechnologies),
      onetExamplesWithPage: onetExamplesWithPage(siteTechnologies),
      siteName: siteConfig.name,
      roleHref: roleUrl,
      technologyHref: technologyUrl,
    };
  })();
  return onetContext;
}

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
    hasPayChart:
      payChartShape({ id: role.id, title: role.entry.data.title, figures: role.salaries }, 'wide') !== undefined,
    onet: await onetSiteContext(),
  });
}
