import { technologyCategories } from '../../schemas/technology.ts';
import { technologyDescription, type TechnologyUsage } from '../catalog/technology-usage.ts';
import { definedTermJsonLd } from '../jsonld/defined-term.ts';
import type { GuideEntry } from '../model/entries.ts';
import type { Role } from '../model/role-types.ts';
import { sitePath } from '../page/urls.ts';
import { pageTypes } from '../search/search-filters.ts';

/**
 * What a technology page (src/pages/technologies/[id].astro) says beyond the lists: its title and
 * description, when it last changed, its DefinedTerm and the search link for the roles that use it.
 */
export function technologyPageView(
  usage: TechnologyUsage<Role, GuideEntry>,
  allRoles: Iterable<Role>,
  page: URL,
  site: URL,
) {
  const { technology, roles, guides } = usage;
  const { name, aliases, website, category } = technology.data;
  const categoryLabel = technologyCategories[category];
  // The page is as current as the newest profile or guide it lists (with none, the newest profile of all).
  const dates = [
    ...roles.map(({ role }) => role.entry.data.lastReviewed),
    ...guides.map((guide) => guide.data.updated ?? guide.data.published),
  ];
  const fallbackDates = [...allRoles].map((role) => role.entry.data.lastReviewed);
  const updated = new Date(Math.max(...(dates.length > 0 ? dates : fallbackDates).map((d) => d.getTime())));
  return {
    categoryLabel,
    title: `${name}: the roles that use it`,
    description: technologyDescription(name, categoryLabel, roles.length, guides.length),
    updated,
    jsonLd: [
      definedTermJsonLd(
        { id: technology.id, name, aliases, category: categoryLabel, website, page },
        { name: 'Technologies', description: '', page: new URL(sitePath('technologies/'), site) },
      ),
    ],
    // The search filter's value is the technology's name, the same on every role that lists it.
    searchLink: `${sitePath('search/')}?${new URLSearchParams({ type: pageTypes.role, technology: name })}`,
  };
}
