import { technologyCategories as editorialCategories, type TechnologyCategory } from '../../schemas/technology.ts';
import { technologyDescription, type TechnologyUsage } from '../catalog/technology-usage.ts';
import { definedTermJsonLd } from '../jsonld/defined-term.ts';
import type { JsonLd } from '../jsonld/serialize.ts';
import type { GuideEntry } from '../model/entries.ts';
import type { Role } from '../model/role-types.ts';
import { hasTechnologyPage, technologySlug, type SiteTechnology } from '../onet/technology-pages.ts';
import { technologyFlags } from '../compare/onet-gap-text.ts';
import { sitePath, technologyUrl } from '../page/urls.ts';

/** One role on a technology's page: the link, O*NET's flags, and what the profile says it is used for. */
export interface TechnologyPageUser {
  role: Role;
  flags: string;
  usedFor?: string | undefined;
  /** The role's own profile lists it (otherwise it comes from the role's O*NET occupation). */
  listedByProfile: boolean;
}

export interface TechnologyPage {
  technology: SiteTechnology;
  title: string;
  description: string;
  categoryHref: string;
  aliases: string[];
  website?: string | undefined;
  users: TechnologyPageUser[];
  guides: GuideEntry[];
  /** The search page filtered to roles listing it: only for a site entry (the facet holds the site's names). */
  searchLink?: string | undefined;
  jsonLd: JsonLd[];
  updated: Date;
}

/** The technologies that get a page: the one rule, hasTechnologyPage, that role pages' chips link by too. */
export const technologiesWithPages = (all: readonly SiteTechnology[]) => all.filter(hasTechnologyPage);

/** The anchor of a category on /technologies/. */
export const categoryAnchor = (category: string) => technologySlug(category);

/** Everything a technology page shows, so src/pages/technologies/[id].astro only lays it out. */
export function technologyPage(
  technology: SiteTechnology,
  site: { roles: ReadonlyMap<string, Role>; technologyUsage: ReadonlyMap<string, TechnologyUsage<Role, GuideEntry>> },
  page: URL,
  siteUrl: URL,
  searchPath: (name: string) => string,
): TechnologyPage {
  const usage = technology.technologyId ? site.technologyUsage.get(technology.technologyId) : undefined;
  const entry = usage?.technology.data;
  // By role id: a search of the list for each user made a technology every role lists quadratic in the roles.
  const usedFor = new Map(usage?.roles.map((r) => [r.role.id, r.usedFor]));
  const users = technology.users.map((user): TechnologyPageUser => ({
    role: site.roles.get(user.roleId)!,
    flags: technologyFlags(user),
    usedFor: usedFor.get(user.roleId),
    listedByProfile: user.editorial,
  }));
  const guides = usage?.guides ?? [];
  const label = entry ? editorialCategories[entry.category as TechnologyCategory] : technology.category;
  const dates = [
    ...users.map((u) => u.role.entry.data.lastReviewed),
    ...guides.map((g) => g.data.updated ?? g.data.published),
  ];
  return {
    technology,
    title: `${technology.name}: the roles that use it`,
    description: technologyDescription(technology.name, label, users.length, guides.length),
    categoryHref: `${sitePath('technologies/')}#${categoryAnchor(technology.category)}`,
    aliases: entry?.aliases ?? [],
    website: entry?.website,
    users,
    guides,
    searchLink: entry ? searchPath(entry.name) : undefined,
    jsonLd: [
      definedTermJsonLd(
        {
          id: technology.id,
          name: technology.name,
          aliases: entry?.aliases ?? [],
          category: label,
          website: entry?.website,
          page,
        },
        { name: 'Technologies', description: '', page: new URL(sitePath('technologies/'), siteUrl) },
      ),
    ],
    updated: new Date(Math.max(...dates.map((d) => d.getTime()))),
  };
}

type TechnologyHref = (name: string, technologyId?: string) => string | undefined;

// Asked for by each of a build's thousands of compare pages with the same list: made once per list.
const hrefsByList = new WeakMap<readonly SiteTechnology[], TechnologyHref>();

/** A technology's page address by its site id or its name, or undefined when it has no page. */
export function technologyHrefs(all: readonly SiteTechnology[]): TechnologyHref {
  const known = hrefsByList.get(all);
  if (known) return known;
  const ids = new Map(
    technologiesWithPages(all).flatMap((t) => [
      [t.technologyId ?? '', t.id],
      [`name:${t.name}`, t.id],
    ]),
  );
  const href: TechnologyHref = (name, technologyId) => {
    const id = ids.get(technologyId ?? `name:${name}`);
    return id ? technologyUrl(id) : undefined;
  };
  hrefsByList.set(all, href);
  return href;
}
