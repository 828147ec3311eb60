import { creditLines } from './credit.ts';
import { jobZoneOf } from './job-zone.ts';
import { topRatings } from './ratings.ts';
import { routesIn } from './routes.ts';
import { ratedOccupationFor, similarOccupations } from './similar.ts';
import { technologyMatcher, type EditorialTechnology } from './technologies.ts';
import { occupationOf, type OnetData } from './types.ts';

/**
 * What the site selects from O*NET: the values pages show and the open data give. One place, so the page,
 * its chart, its JSON and the CSV cannot disagree, and /data/ can say what was selected.
 */
export const onetSelection = { skills: 10, knowledge: 10, similarOccupations: 10 } as const;

export interface OnetMapping {
  code: string;
  relation: 'is' | 'counted-under' | 'part-of';
  note?: string | undefined;
}

/**
 * The O*NET part of a role's open data: for each occupation it maps to, the values the page draws on
 * (suppressed ones out), each with its date and domain source, and the release they come from.
 */
export function onetExport(
  data: OnetData,
  mappings: readonly OnetMapping[],
  roleIdsByCode: ReadonlyMap<string, readonly string[]>,
  catalogue: readonly EditorialTechnology[],
  siteName: string,
) {
  const { release } = data;
  const { credit, modified } = creditLines(release, siteName);
  const siteEntryOf = technologyMatcher(catalogue);
  return {
    release: {
      name: release.name,
      version: release.version,
      released: release.released,
      url: release.url,
      license: release.license,
      licenseUrl: release.licenseUrl,
      credit,
      modified,
    },
    occupations: mappings.map((mapping) => {
      const occupation = occupationOf(data, mapping.code);
      const rated = ratedOccupationFor(data, occupation);
      const source = rated?.occupation;
      const zone = jobZoneOf(data, occupation);
      const routes = source ? routesIn(data, source) : {};
      const flags = (t: { hot: boolean; inDemand: boolean }) => (t.hot && t.inDemand ? 0 : t.hot || t.inDemand ? 1 : 2);
      return {
        code: occupation.code,
        title: occupation.title,
        relation: mapping.relation,
        ...(mapping.note ? { note: mapping.note } : {}),
        ...(rated
          ? {
              ratingsFrom: { code: rated.occupation.code, title: rated.occupation.title, substitute: rated.substitute },
            }
          : {}),
        ...(zone
          ? { jobZone: { zone: zone.zone, name: zone.name, date: zone.date, domainSource: zone.domainSource } }
          : {}),
        skills: source ? topRatings(data, source, 'skills', onetSelection.skills) : [],
        knowledge: source ? topRatings(data, source, 'knowledge', onetSelection.knowledge) : [],
        routesIn: [routes.education, routes.experience, routes.onSiteTraining, routes.onTheJobTraining].filter(
          (d) => d !== undefined,
        ),
        ...(routes.sentence ? { routesSentence: routes.sentence } : {}),
        technologies: [...occupation.technologies]
          .sort((a, b) => flags(a) - flags(b) || a.example.localeCompare(b.example))
          .map((t) => {
            const id = siteEntryOf(t.example)?.id;
            return {
              example: t.example,
              category: t.commodityTitle,
              hot: t.hot,
              inDemand: t.inDemand,
              ...(id ? { technology: id } : {}),
            };
          }),
        similarOccupations: similarOccupations(data, occupation, roleIdsByCode, onetSelection.similarOccupations).map(
          ({ roleIds, ...similar }) => ({ ...similar, roles: roleIds }),
        ),
      };
    }),
  };
}
