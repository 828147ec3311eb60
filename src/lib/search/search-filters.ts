/**
 * The search facets: the Pagefind filter key each page is tagged with at build time,
 * the URL parameter that carries it on /search/, and the label readers see.
 * Build (src/lib/search/search-records.ts) and browser (src/client/search/) both read this list.
 */
export const searchFacets = [
  { key: 'type', label: 'Page type' },
  { key: 'family', label: 'Role family' },
  { key: 'region', label: 'Salary figures for' },
  { key: 'technology', label: 'Technology' },
] as const;

export type FacetKey = (typeof searchFacets)[number]['key'];

export const facetKeys: readonly FacetKey[] = searchFacets.map((facet) => facet.key);

/** The values of the `type` facet. */
export const pageTypes = { role: 'Role', guide: 'Guide', technology: 'Technology', comparison: 'Comparison' } as const;

/** Sort orders readers can pick; "relevance" is Pagefind's ranking, the default. */
export const sortOrders = ['relevance', 'updated'] as const;
export type SortOrder = (typeof sortOrders)[number];
