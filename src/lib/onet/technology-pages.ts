import { mergedTechnologies, type EditorialTechnology, type MergedTechnology } from './technologies.ts';
import { occupationOf, type OnetData } from './types.ts';

/**
 * Which technologies get a page of their own (issue 17 item 5): the ONE rule that role pages (whether a
 * chip links) and the technology pages (whether a page is built) both read, so no chip links to a page
 * that is not there and no page is built that nothing links to.
 */

/** One role's use of a technology, as its merged list on the role's page gives it. */
export interface TechnologyUse {
  roleId: string;
  hot: boolean;
  inDemand: boolean;
}

/** A technology has a page when two or more roles use it, or O*NET flags it Hot or In demand for a role. */
export function hasTechnologyPage(uses: readonly TechnologyUse[]): boolean {
  return new Set(uses.map((use) => use.roleId)).size >= 2 || uses.some((use) => use.hot || use.inDemand);
}

/** "Amazon Web Services AWS software" → "amazon-web-services-aws-software": a page id for an O*NET-only name. */
export const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The id a merged technology's page would have: the site's id where it has an entry, else a slug of O*NET's name. */
export const technologyPageId = (technology: Pick<MergedTechnology, 'technologyId' | 'name'>) =>
  technology.technologyId ?? slugOf(technology.name);

export interface RoleTechnologies {
  id: string;
  onetOccupations: readonly { code: string }[];
  /** The ids of the role's editorial entries (its `technologies` field). */
  technologyIds: readonly string[];
}

/** Every role's merged technologies, one entry per technology per role (a role mapping to two occupations counts once). */
export function technologyUses(
  data: OnetData,
  roles: readonly RoleTechnologies[],
  catalogue: readonly EditorialTechnology[],
): Map<string, { technology: MergedTechnology; uses: TechnologyUse[] }> {
  const byId = new Map<string, { technology: MergedTechnology; uses: TechnologyUse[] }>();
  for (const role of roles) {
    const occupations = role.onetOccupations.map((m) => occupationOf(data, m.code));
    // A role with no O*NET occupation still has its editorial entries.
    const groups = (occupations.length ? occupations : [{ technologies: [] }]).flatMap((o) =>
      mergedTechnologies(o, catalogue, role.technologyIds),
    );
    const own = new Map<string, TechnologyUse>();
    for (const technology of groups.flatMap((g) => g.technologies)) {
      const id = technologyPageId(technology);
      const use = own.get(id) ?? { roleId: role.id, hot: false, inDemand: false };
      use.hot ||= technology.hot;
      use.inDemand ||= technology.inDemand;
      own.set(id, use);
      if (!byId.has(id)) byId.set(id, { technology, uses: [] });
    }
    for (const [id, use] of own) byId.get(id)!.uses.push(use);
  }
  return byId;
}

/** The ids of the technologies that get a page: technologyUses filtered by hasTechnologyPage. */
export function technologyPageIds(
  data: OnetData,
  roles: readonly RoleTechnologies[],
  catalogue: readonly EditorialTechnology[],
): Set<string> {
  return new Set(
    [...technologyUses(data, roles, catalogue)].filter(([, { uses }]) => hasTechnologyPage(uses)).map(([id]) => id),
  );
}
