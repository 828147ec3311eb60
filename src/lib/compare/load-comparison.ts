import { technologyCatalogue } from '../catalog/technology-catalogue.ts';
import { loadSite } from '../content/site-data.ts';
import { compareRoles, type CompareContext, type Comparison } from './compare-roles.ts';
import type { RolePair } from './role-pairs.ts';

let context: CompareContext | undefined;

/**
 * The comparison one compare page shows, worked out as that page renders. Worked out for every pair in
 * getStaticPaths, as it was, all of them stayed in memory until the build's end, since Astro keeps each
 * route's paths and props: about 45 MB for 3,105 pairs at 1,000 roles, through the role pages.
 */
export async function loadComparison(pair: RolePair): Promise<Comparison> {
  // loadSite reads the collections once per process, so the context made from them is made once too.
  const site = await loadSite();
  context ??= { skills: site.skills, onet: site.onet, catalogue: technologyCatalogue(site.technologies) };
  return compareRoles(pair, site.roles.get(pair.a)!, site.roles.get(pair.b)!, context);
}
