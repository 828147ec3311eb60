import { facetKeys, sortOrders, type FacetKey, type SortOrder } from '../../lib/search/search-filters.ts';

/** Everything that defines a search on /search/: what the URL carries and restores. */
export interface SearchState {
  query: string;
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortOrder;
}

export const emptyState = (): SearchState => ({ query: '', filters: {}, sort: 'relevance' });

/** `?q=postgres&technology=PostgreSQL&technology=MySQL&sort=updated` → state. Unknown keys and values are ignored. */
export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of facetKeys) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((value) => value.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('sort');
  return {
    query: (params.get('q') ?? '').trim(),
    filters,
    sort: sortOrders.includes(sort as SortOrder) ? (sort as SortOrder) : 'relevance',
  };
}

/** State → URL parameters, in a stable order, leaving defaults out so shared links stay short. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of facetKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

export function activeFilterCount(state: SearchState): number {
  return facetKeys.reduce((total, key) => total + (state.filters[key]?.length ?? 0), 0);
}

export function toggleFilter(state: SearchState, key: FacetKey, value: string, on: boolean): SearchState {
  const current = state.filters[key] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters = { ...state.filters };
  if (next.length > 0) filters[key] = next;
  else delete filters[key];
  return { ...state, filters };
}

/**
 * Pagefind's filter object: a page matches if it has any selected value of a facet
 * (OR within a facet) and matches every facet with a selection (AND across facets).
 * `except` leaves one facet out, to count that facet's values as if it were unselected.
 */
export function pagefindFilters(filters: SearchState['filters'], except?: FacetKey): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of facetKeys) {
    const values = filters[key];
    if (key !== except && values && values.length > 0) out[key] = { any: values };
  }
  return out;
}
