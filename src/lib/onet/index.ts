/**
 * The O*NET layer (issue 17): pure derivations from the typed data in content/onet/.
 *
 * Where a value comes from, in one look:
 *   content/onet/**.yaml           written by `npm run import:onet` (scripts/import-onet.ts, scripts/onet/)
 *   src/schemas/onet.ts            its types and checks; scripts/content-check/onet-rules.ts checks across files
 *   content/onet-data.ts, onet-io.ts  read it (astro:content in the site / the file system in scripts and tests)
 *   this folder                    turns it into what pages, charts, search and open data show
 *
 * Nothing here imports astro:content: the site reads the data through src/lib/content/onet-data.ts.
 * A value O*NET marks "Recommend Suppress" is never returned as a figure.
 */

// Types and indexing: OnetData is what every function below reads.
export { onetData, occupationOf, type OnetData } from './types.ts';
export type { OnetOccupation, OnetRelease, OnetRating, OnetDistributionValue } from './types.ts';

// topRatings: the skills or knowledge areas that matter most (importance, then level), suppressed ones out.
// isRated: whether O*NET rates an occupation at all ("All Other" codes are not rated).
export { topRatings, isRated, type RatedElement } from './ratings.ts';

// mergedTechnologies: O*NET's technologies merged with a role's editorial entries, grouped by category.
// namesOf: the names an O*NET technology example may be written as on the site.
// technologyMatcher: the site's technology entry an O*NET example names.
export {
  mergedTechnologies,
  namesOf,
  technologyMatcher,
  type EditorialTechnology,
  type MergedTechnology,
  type TechnologyGroup,
} from './technologies.ts';

// siteTechnologies: every technology the site's roles use, merged, with its users and flags;
// hasTechnologyPage: THE rule for which of them get a page (two or more roles, or Hot/In demand for one);
// technologyKey / technologyPageIndex: where a role page's chip links, by the same rule; onetExamplesWithPage:
// O*NET's names that search finds through their technology page rather than through every role's record.
export {
  hasTechnologyPage,
  onetExamplesWithPage,
  siteTechnologies,
  technologyCategories,
  technologyKey,
  technologyPageIndex,
  technologySlug,
  type SiteTechnology,
  type TechnologyRole,
  type TechnologyUser,
} from './technology-pages.ts';

// routesIn: education, experience and training distributions with labels, and the computed sentence.
// routesSentence / educationPhrase: the sentence and its wording, for reuse on compare pages.
export {
  routesIn,
  routesSentence,
  educationPhrase,
  type RoutesIn,
  type RouteDistribution,
  type RouteShare,
} from './routes.ts';

// jobZoneOf: the job zone with O*NET's name and a short name for the at-a-glance box.
export { jobZoneOf, type JobZone } from './job-zone.ts';

// searchTitles: every alternate title, for search; pageTitles: a short "Also called" list.
export { searchTitles, pageTitles } from './titles.ts';

// similarOccupations: related occupations, closest first, linked to the site's roles (rolesByOnetCode).
// ratedOccupationFor: the role's own occupation, or the nearest rated one with a `substitute` flag.
export {
  similarOccupations,
  rolesByOnetCode,
  ratedOccupationFor,
  type SimilarOccupation,
  type RatedOccupation,
} from './similar.ts';

// creditLines: the licence credit and the modification notice, from content/onet/release.yaml.
export { creditLines } from './credit.ts';

// onetExport: the O*NET part of a role's open data; onetSelection: how many values the site selects.
export { onetExport, onetSelection, type OnetMapping } from './open-data.ts';

// onetRounding: how pages round O*NET values; onetChanges: the /data/ list of what the site changed.
export { onetRounding } from './rounding.ts';
export { onetChanges } from './changes.ts';
