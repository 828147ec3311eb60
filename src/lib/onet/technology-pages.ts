import { mergedTechnologies, type EditorialTechnology, type MergedTechnology } from './technologies.ts';
import type { OnetOccupation } from './types.ts';

/**
 * The site's technologies, O*NET's and the editors' merged into one entry each (issue 17 item 5), with the
 * roles that use each, and the rule for which of them get a page of their own.
 */

/** A role that uses a technology: through its O*NET occupation (with O*NET's flags) or its own profile. */
export interface TechnologyUser {
  roleId: string;
  hot: boolean;
  inDemand: boolean;
  /** Listed by the role's own profile (its `technologies` field). */
  editorial: boolean;
}

export interface SiteTechnology {
  /** The page's address: the entry's id in content/technologies.yaml, or a slug of O*NET's name. */
  id: string;
  name: string;
  /** The id in content/technologies.yaml, when the site has an entry. */
  technologyId?: string;
  /** O*NET's category (the first one it files the technology under), else the site's category label. */
  category: string;
  fromOnet: boolean;
  /** O*NET's names merged into this entry. */
  onetExamples: string[];
  /** Roles that use it, Hot and In-demand first, then by id. */
  users: TechnologyUser[];
}

/**
 * Whether a technology gets its own page: two or more roles on the site use it, O*NET flags it Hot or In
 * demand for one of them, or a role's own profile lists it (an editor catalogued it in
 * content/technologies.yaml, and compare pages and guides link to it). Every other technology stays a plain
 * entry on its role's page, which keeps hundreds of one-role O*NET examples from becoming thin pages.
 */
export function hasTechnologyPage(technology: {
  users: readonly Pick<TechnologyUser, 'hot' | 'inDemand' | 'editorial'>[];
}): boolean {
  return technology.users.length >= 2 || technology.users.some((user) => user.hot || user.inDemand || user.editorial);
}

/** "Amazon Web Services AWS software" → "amazon-web-services-aws"; "C#" → "c-sharp". */
export const technologySlug = (name: string) =>
  name
    .replace(/\s+software$/i, '')
    .replace(/#/g, '-sharp')
    .replace(/\+/g, '-plus')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** What makes two roles' entries one technology: the site's entry, else O*NET's name. */
export const technologyKey = (t: Pick<MergedTechnology, 'technologyId' | 'name'>) =>
  t.technologyId ?? `onet:${technologySlug(t.name)}`;

/** The page id of every technology that has a page, by technologyKey: how a role page knows where a chip links. */
export function technologyPageIndex(technologies: readonly SiteTechnology[]): Map<string, string> {
  return new Map(
    technologies
      .filter(hasTechnologyPage)
      .map((t) => [technologyKey({ technologyId: t.technologyId, name: t.name }), t.id]),
  );
}

/**
 * O*NET's names for every technology that has a page. Search finds such a technology through its page, which
 * lists every role that uses it; a role's search record names only the O*NET technologies without one.
 */
export function onetExamplesWithPage(technologies: readonly SiteTechnology[]): Set<string> {
  return new Set(technologies.filter(hasTechnologyPage).flatMap((t) => t.onetExamples));
}

/** A role as technology pages need it: its id, its O*NET occupations and its editorial technology ids. */
export interface TechnologyRole {
  id: string;
  onet: readonly OnetOccupation[];
  technologyIds: readonly string[];
}

const flagRank = (u: TechnologyUser) => (u.hot && u.inDemand ? 0 : u.hot || u.inDemand ? 1 : 2);

/**
 * Every technology a role on the site uses, O*NET's examples merged with content/technologies.yaml by name
 * and alias (see mergedTechnologies), each with its users. `categoryLabel` names an editorial category.
 */
export function siteTechnologies(
  roles: readonly TechnologyRole[],
  catalogue: readonly EditorialTechnology[],
  categoryLabel: (category: string) => string,
): SiteTechnology[] {
  const byKey = new Map<string, SiteTechnology>();
  // An O*NET name whose slug is an editorial id it does not match keeps its own address.
  const editorialIds = new Set(catalogue.map((c) => c.id));
  const onetId = (name: string) =>
    editorialIds.has(technologySlug(name)) ? `${technologySlug(name)}-onet` : technologySlug(name);
  for (const role of roles) {
    const seen = new Set<string>();
    // A role without an O*NET occupation still brings its editorial entries (an occupation listing nothing).
    const noOccupation = { technologies: [] } as unknown as OnetOccupation;
    const groups = (role.onet.length ? role.onet : [noOccupation]).flatMap((o, i) =>
      mergedTechnologies(o, catalogue, i === 0 ? role.technologyIds : []),
    );
    for (const group of groups)
      for (const t of group.technologies) {
        const key = technologyKey(t);
        const entry =
          byKey.get(key) ??
          byKey
            .set(key, {
              id: t.technologyId ?? onetId(t.name),
              name: t.name,
              ...(t.technologyId ? { technologyId: t.technologyId } : {}),
              category: group.fromOnet ? group.category : categoryLabel(group.category),
              fromOnet: group.fromOnet,
              onetExamples: [],
              users: [],
            })
            .get(key)!;
        if (group.fromOnet && !entry.fromOnet) Object.assign(entry, { fromOnet: true, category: group.category });
        for (const example of t.onetExamples)
          if (!entry.onetExamples.includes(example)) entry.onetExamples.push(example);
        // Roles are taken one at a time, so this role's entry, if any, is the last one: no search through every user.
        const last = entry.users.at(-1);
        const user = last?.roleId === role.id ? last : undefined;
        if (user) {
          user.hot ||= t.hot;
          user.inDemand ||= t.inDemand;
          user.editorial ||= t.editorial;
        } else if (!seen.has(key))
          entry.users.push({ roleId: role.id, hot: t.hot, inDemand: t.inDemand, editorial: t.editorial });
        seen.add(key);
      }
  }
  for (const entry of byKey.values())
    entry.users.sort((a, b) => flagRank(a) - flagRank(b) || a.roleId.localeCompare(b.roleId));
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Technologies grouped by category with counts, as /technologies/ shows them: categories by name. */
export function technologyCategories(
  technologies: readonly SiteTechnology[],
): { category: string; items: SiteTechnology[] }[] {
  const groups = new Map<string, SiteTechnology[]>();
  for (const t of technologies) groups.set(t.category, [...(groups.get(t.category) ?? []), t]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, items]) => ({ category, items: items.sort((a, b) => a.name.localeCompare(b.name)) }));
}
