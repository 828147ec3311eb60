/**
 * The search page's rendering: results, facet boxes, filter chips, the status line. Each function
 * takes what it draws and returns nodes or text; none reads the page's state or listens to events.
 */
import { searchFacets, type FacetKey } from '../../lib/search/search-filters.ts';
import { excerpt, h, plural, quoted } from './dom.ts';
import type { FacetGroup } from './facets.ts';
import type { ResultData } from './pagefind-loader.ts';
import { activeFilterCount, type SearchState } from './state.ts';

const facetLabel = new Map(searchFacets.map((facet) => [facet.key, facet.label]));

/** "3 results for “queue” with 1 filter", or what the filters alone match. */
export function summary(count: number, filtered: boolean, state: SearchState): string {
  const what = plural(count, 'result');
  const filters = filtered ? ` with ${plural(activeFilterCount(state), 'filter')}` : '';
  if (!state.query) return `${count === 0 ? 'No pages match' : `${plural(count, 'page')} match`} the filters`;
  return count === 0
    ? `No results for ${quoted(state.query)}${filters}`
    : `${what} for ${quoted(state.query)}${filters}`;
}

/** One result: title link, type and family, excerpt, pay and date, and up to three matching sections. */
export function resultItem(data: ResultData): HTMLLIElement {
  const { meta } = data;
  const title = meta.title ?? data.url;
  const sections = data.sub_results.filter((sub) => sub.url.includes('#')).slice(0, 3);
  return h(
    'li',
    { class: 'result' },
    h('h3', { class: 'result-title' }, h('a', { class: 'result-link', href: data.url }, title)),
    h(
      'p',
      { class: 'result-kicker' },
      h('span', { class: 'result-type' }, meta.type ?? 'Page'),
      meta.family && h('span', { class: 'result-family' }, meta.family),
    ),
    data.excerpt && h('p', { class: 'result-excerpt' }, excerpt(data.excerpt)),
    h(
      'p',
      { class: 'result-meta' },
      meta.pay && h('span', {}, `Pay: ${meta.pay}`),
      meta.updated && h('span', {}, meta.updated),
    ),
    sections.length > 0 &&
      h(
        'p',
        { class: 'result-sections' },
        'Matches in ',
        ...sections.flatMap((sub, i) => [i > 0 ? ', ' : '', h('a', { href: sub.url }, sub.title)]),
      ),
  );
}

/** One fieldset per facet: a checkbox and count per value, and a button to show all or fewer values. */
export function facetFieldsets(groups: readonly FacetGroup[], expanded: ReadonlySet<FacetKey>): HTMLElement[] {
  return groups.map((group) =>
    h(
      'fieldset',
      { class: 'facet' },
      h('legend', {}, group.label),
      h(
        'ul',
        {},
        ...group.options.map((option) =>
          h(
            'li',
            {},
            h(
              'label',
              {},
              h('input', { type: 'checkbox', name: group.key, value: option.value, checked: option.selected }),
              h('span', { class: 'facet-value' }, option.value),
              h(
                'span',
                { class: 'facet-count' },
                String(option.count),
                h('span', { class: 'visually-hidden' }, option.count === 1 ? ' result' : ' results'),
              ),
            ),
          ),
        ),
      ),
      (group.more > 0 || expanded.has(group.key)) &&
        h(
          'button',
          {
            type: 'button',
            class: 'facet-more',
            'data-expand': group.key,
            'aria-expanded': String(expanded.has(group.key)),
          },
          expanded.has(group.key) ? 'Show fewer' : `Show all (${group.more} more)`,
        ),
    ),
  );
}

/** A removable chip per active filter, and "Clear all filters" when there are two or more. */
export function activeFilterChips(state: SearchState): HTMLLIElement[] {
  const chips = searchFacets.flatMap(({ key }) =>
    (state.filters[key] ?? []).map((value) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'chip',
            'data-key': key,
            'data-value': value,
            'aria-label': `Remove filter ${facetLabel.get(key)}: ${value}`,
          },
          `${value}`,
          h('span', { 'aria-hidden': 'true' }, ' ×'),
        ),
      ),
    ),
  );
  if (chips.length > 1)
    chips.push(
      h('li', {}, h('button', { type: 'button', class: 'chip chip-clear', 'data-clear': 'all' }, 'Clear all filters')),
    );
  return chips;
}
