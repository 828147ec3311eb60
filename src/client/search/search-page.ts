/**
 * The /search/ page: query box, facets with counts, results with highlighted excerpts,
 * a no-results state, keyboard movement through results, and a URL that follows the
 * reader (so a search can be shared, and Back undoes the last change).
 */
import { searchFacets, type FacetKey } from '../../lib/search/search-filters.ts';
import { excerpt, h, plural, quoted } from './dom.ts';
import { facetGroups } from './facets.ts';
import { exactNameFirst } from './names.ts';
import {
  loadPagefind,
  SearchUnavailableError,
  type FilterCounts,
  type Pagefind,
  type Result,
  type ResultData,
} from './pagefind-loader.ts';
import { activeFilterCount, pagefindFilters, readState, toggleFilter, writeState, type SearchState } from './state.ts';

const pageSize = 10;
/** Typing waits this long after the last key before searching. */
const typingDelay = 120;
/** A pause longer than this while typing starts a new history entry instead of replacing the current one. */
const historyPause = 1200;

const facetLabel = new Map(searchFacets.map((facet) => [facet.key, facet.label]));

function required<T extends Element>(root: ParentNode, selector: string): T {
  const node = root.querySelector<T>(selector);
  if (!node) throw new Error(`search page: ${selector} is missing from the markup`);
  return node;
}

export function startSearchPage(app: HTMLElement): void {
  const form = required<HTMLFormElement>(app, '#search-form');
  const input = required<HTMLInputElement>(app, '#search-input');
  const sortSelect = required<HTMLSelectElement>(app, '#search-sort');
  const facetsBox = required<HTMLDetailsElement>(app, '#search-facets-box');
  const facetsRoot = required<HTMLElement>(app, '#search-facets');
  const activeCount = required<HTMLElement>(app, '[data-active-count]');
  const status = required<HTMLElement>(app, '#search-status');
  const activeList = required<HTMLElement>(app, '#search-active');
  const intro = required<HTMLElement>(app, '#search-intro');
  const list = required<HTMLOListElement>(app, '#search-results');
  const more = required<HTMLButtonElement>(app, '#search-more');
  const empty = required<HTMLElement>(app, '#search-empty');
  const resultsBar = required<HTMLElement>(app, '.results-bar');
  const sortWrap = required<HTMLElement>(app, '#search-sort-wrap');

  let state = readState(new URLSearchParams(location.search));
  let pagefind: Pagefind | undefined;
  let results: Result[] = [];
  let shown = 0;
  let run = 0;
  let typingTimer: number | undefined;
  let lastUrlWrite = 0;
  const expanded = new Set<FacetKey>();
  const baseTitle = document.title;

  syncControls();

  // Filters sit beside the results on wide screens and fold away above them on phones.
  const wide = matchMedia('(min-width: 56rem)');
  const syncFacetsBox = () => {
    if (wide.matches) facetsBox.open = true;
  };
  syncFacetsBox();
  wide.addEventListener('change', syncFacetsBox);

  status.textContent = 'Loading search…';
  loadPagefind(30)
    .then(async (loaded) => {
      // Loading the filter index makes every search report counts per facet value.
      await loaded.filters();
      pagefind = loaded;
      return search();
    })
    .catch(showUnavailable);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    update({ ...state, query: input.value }, 'push');
  });

  input.addEventListener('input', () => {
    // The index chunks for what is typed so far load while the reader types (see header-search.ts).
    const typed = input.value.trim();
    if (typed)
      void loadPagefind(30)
        .then((loaded) => loaded.preload(typed, { filters: pagefindFilters(state.filters) }))
        .catch(() => undefined);
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => {
      update({ ...state, query: input.value }, Date.now() - lastUrlWrite > historyPause ? 'push' : 'replace');
    }, typingDelay);
  });

  sortSelect.addEventListener('change', () =>
    update({ ...state, sort: sortSelect.value === 'updated' ? 'updated' : 'relevance' }, 'push'),
  );

  facetsRoot.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    update(toggleFilter(state, box.name as FacetKey, box.value, box.checked), 'push');
  });

  facetsRoot.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-expand]');
    if (!button) return;
    const key = button.dataset.expand as FacetKey;
    if (expanded.has(key)) expanded.delete(key);
    else expanded.add(key);
    void search({ keepFocus: `[data-expand="${key}"]` });
  });

  activeList.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    const next =
      button.dataset.clear === 'all'
        ? { ...state, filters: {} }
        : toggleFilter(state, button.dataset.key as FacetKey, button.dataset.value ?? '', false);
    update(next, 'push');
    input.focus();
  });

  empty.addEventListener('click', (event) => {
    if (!(event.target as Element).closest('[data-clear-filters]')) return;
    update({ ...state, filters: {} }, 'push');
    input.focus();
  });

  more.addEventListener('click', async () => {
    const first = shown;
    more.disabled = true;
    await showMore(run);
    more.disabled = false;
    list.querySelectorAll<HTMLAnchorElement>('.result-link')[first]?.focus();
  });

  // Arrow keys: from the box into the results, then up and down the result titles.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = list.querySelector<HTMLAnchorElement>('.result-link');
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('.result-link')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    if (event.key === 'ArrowDown' && index < links.length - 1) links[index + 1]?.focus();
    else if (event.key === 'ArrowUp') (index === 0 ? input : links[index - 1])?.focus();
    else if (event.key === 'Escape') input.focus();
    else return;
    event.preventDefault();
  });

  window.addEventListener('popstate', () => {
    state = readState(new URLSearchParams(location.search));
    syncControls();
    void search();
  });

  function update(next: SearchState, history: 'push' | 'replace'): void {
    state = { ...next, query: next.query.trim() };
    const params = writeState(state).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      lastUrlWrite = Date.now();
    }
    syncControls();
    void search();
  }

  function syncControls(): void {
    if (input.value.trim() !== state.query) input.value = state.query;
    sortSelect.value = state.sort;
    const count = activeFilterCount(state);
    activeCount.textContent = count > 0 ? ` (${count} active)` : '';
    document.title = state.query ? `${quoted(state.query)} – ${baseTitle}` : baseTitle;
  }

  async function search({ keepFocus }: { keepFocus?: string } = {}): Promise<void> {
    if (!pagefind) return;
    const mine = ++run;
    list.setAttribute('aria-busy', 'true');
    const term = state.query || null;
    const filtered = activeFilterCount(state) > 0;
    // Without a query, there is nothing to rank by relevance: newest first.
    const sort = state.sort === 'updated' || !term ? { updated: 'desc' as const } : undefined;

    const main = await pagefind.search(term, { filters: pagefindFilters(state.filters), sort });
    // Counts for a facet with a selection come from a search without that facet, so each
    // number says what ticking the box would give (values in one facet are OR-ed).
    const counts: FilterCounts = { ...main.filters };
    await Promise.all(
      searchFacets
        .filter(({ key }) => (state.filters[key]?.length ?? 0) > 0)
        .map(async ({ key }) => {
          const without = await pagefind!.search(term, { filters: pagefindFilters(state.filters, key) });
          counts[key] = without.filters[key] ?? {};
        }),
    );
    if (mine !== run) return;

    renderFacets(counts, keepFocus);
    renderActiveFilters();
    const browsing = !term && !filtered;
    intro.hidden = !browsing;
    resultsBar.hidden = browsing;
    results = browsing ? [] : main.results;
    shown = 0;
    list.replaceChildren();
    empty.hidden = browsing || results.length > 0;
    sortWrap.hidden = results.length < 2;
    if (!empty.hidden) renderEmpty(filtered);
    await showMore(mine);
    if (mine !== run) return;
    list.setAttribute('aria-busy', 'false');
    status.textContent = browsing ? '' : summary(results.length, filtered);
  }

  async function showMore(mine: number): Promise<void> {
    const page = results.slice(shown, shown + pageSize);
    let data = await Promise.all(page.map((result) => result.data()));
    if (mine !== run) return;
    // An exact title or alias goes first; only within the first page, where ranking is visible.
    if (shown === 0 && state.sort === 'relevance' && state.query)
      data = exactNameFirst(data, state.query, (d) => d.meta.names);
    list.append(...data.map(resultItem));
    shown += page.length;
    more.hidden = shown >= results.length;
    more.textContent = `Show more results (${results.length - shown} left)`;
  }

  function summary(count: number, filtered: boolean): string {
    const what = plural(count, 'result');
    const filters = filtered ? ` with ${plural(activeFilterCount(state), 'filter')}` : '';
    if (!state.query) return `${count === 0 ? 'No pages match' : `${plural(count, 'page')} match`} the filters`;
    return count === 0
      ? `No results for ${quoted(state.query)}${filters}`
      : `${what} for ${quoted(state.query)}${filters}`;
  }

  function resultItem(data: ResultData): HTMLLIElement {
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

  function renderFacets(counts: FilterCounts, keepFocus?: string): void {
    const focused = document.activeElement;
    const focusKey =
      keepFocus ??
      (focused instanceof HTMLInputElement && facetsRoot.contains(focused)
        ? `input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`
        : undefined);
    const groups = facetGroups(counts, state, expanded);
    facetsBox.hidden = groups.length === 0;
    facetsRoot.replaceChildren(
      ...groups.map((group) =>
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
      ),
    );
    // The boxes are redrawn with new counts: keep the reader's place.
    if (focusKey) facetsRoot.querySelector<HTMLElement>(focusKey)?.focus();
  }

  function renderActiveFilters(): void {
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
        h(
          'li',
          {},
          h('button', { type: 'button', class: 'chip chip-clear', 'data-clear': 'all' }, 'Clear all filters'),
        ),
      );
    activeList.replaceChildren(...chips);
    activeList.hidden = chips.length === 0;
  }

  function renderEmpty(filtered: boolean): void {
    for (const node of empty.querySelectorAll<HTMLElement>('[data-when-filtered]')) node.hidden = !filtered;
  }

  function showUnavailable(error: unknown): void {
    status.textContent =
      error instanceof SearchUnavailableError ? error.message : 'Search stopped working. Reload the page to try again.';
    status.classList.add('search-error');
    facetsBox.hidden = true;
    sortWrap.hidden = true;
    if (!(error instanceof SearchUnavailableError)) console.error(error);
  }
}

const app = document.querySelector<HTMLElement>('[data-search-app]');
if (app) startSearchPage(app);
