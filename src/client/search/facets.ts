import { searchFacets, type FacetKey } from '../../lib/search/search-filters.ts';
import type { FilterCounts } from './pagefind-loader.ts';
import type { SearchState } from './state.ts';

export interface FacetOption {
  value: string;
  count: number;
  selected: boolean;
}

export interface FacetGroup {
  key: FacetKey;
  label: string;
  options: FacetOption[];
  /** Options with results left out of `options` until the reader asks for all of them. */
  more: number;
}

/** Facets with more values than this show the most common ones and a "Show all" button. */
export const visibleOptions = 8;

/**
 * The facets to draw: values with results (or selected), most results first, then by name.
 * `counts[key]` must already be "disjunctive": for a facet with a selection, counted as if
 * that facet were unselected, so each number is what ticking that box would give.
 */
export function facetGroups(counts: FilterCounts, state: SearchState, expanded: ReadonlySet<FacetKey>): FacetGroup[] {
  return searchFacets.flatMap(({ key, label }): FacetGroup[] => {
    const selected = new Set(state.filters[key] ?? []);
    const values = new Map(Object.entries(counts[key] ?? {}));
    for (const value of selected) if (!values.has(value)) values.set(value, 0);
    const all = [...values]
      .map(([value, count]) => ({ value, count, selected: selected.has(value) }))
      .filter((option) => option.count > 0 || option.selected)
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    if (all.length === 0) return [];
    if (expanded.has(key) || all.length <= visibleOptions + 1) return [{ key, label, options: all, more: 0 }];
    const shown = all.filter((option, index) => index < visibleOptions || option.selected);
    return [{ key, label, options: shown, more: all.length - shown.length }];
  });
}
