/**
 * The search page's state: the reader's query, filters and sort (kept in the URL), the loaded index,
 * the results so far, and the searches that bring them. Events (search-page.ts) call into it;
 * the markup comes from search-page-render.ts.
 */
import { searchFacets, type FacetKey } from '../../lib/search/search-filters.ts';
import { quoted } from './dom.ts';
import { facetGroups } from './facets.ts';
import { exactNamesFirst } from './names.ts';
import { SearchUnavailableError, type FilterCounts, type Pagefind, type Result } from './pagefind-loader.ts';
import { activeFilterChips, facetFieldsets, resultItem, summary } from './search-page-render.ts';
import { activeFilterCount, pagefindFilters, readState, writeState, type SearchState } from './state.ts';

const pageSize = 10;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const node = root.querySelector<T>(selector);
  if (!node) throw new Error(`search page: ${selector} is missing from the markup`);
  return node;
}

/** The page's parts, found once; a missing one is a markup error named by its selector. */
export function searchPageElements(app: HTMLElement) {
  return {
    form: required<HTMLFormElement>(app, '#search-form'),
    input: required<HTMLInputElement>(app, '#search-input'),
    sortSelect: required<HTMLSelectElement>(app, '#search-sort'),
    facetsBox: required<HTMLDetailsElement>(app, '#search-facets-box'),
    facetsRoot: required<HTMLElement>(app, '#search-facets'),
    activeCount: required<HTMLElement>(app, '[data-active-count]'),
    status: required<HTMLElement>(app, '#search-status'),
    activeList: required<HTMLElement>(app, '#search-active'),
    intro: required<HTMLElement>(app, '#search-intro'),
    list: required<HTMLOListElement>(app, '#search-results'),
    more: required<HTMLButtonElement>(app, '#search-more'),
    empty: required<HTMLElement>(app, '#search-empty'),
    resultsBar: required<HTMLElement>(app, '.results-bar'),
    sortWrap: required<HTMLElement>(app, '#search-sort-wrap'),
  };
}

export type SearchPageElements = ReturnType<typeof searchPageElements>;

export class SearchSession {
  state: SearchState = readState(new URLSearchParams(location.search));
  pagefind: Pagefind | undefined;
  /** Facets whose every value is shown, not only the first few. */
  readonly expanded = new Set<FacetKey>();
  /** When the URL last changed: a pause in typing longer than the history pause starts a new entry. */
  lastUrlWrite = 0;
  private results: Result[] = [];
  private shown = 0;
  /** The number of the latest search: an older one that finishes late draws nothing. */
  private run = 0;
  private readonly baseTitle = document.title;

  private readonly el: SearchPageElements;

  constructor(elements: SearchPageElements) {
    this.el = elements;
  }

  /** A new query, filter or sort: into the URL (a new history entry, or replacing the current one), then searched. */
  update(next: SearchState, history: 'push' | 'replace'): void {
    this.state = { ...next, query: next.query.trim() };
    const params = writeState(this.state).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      this.lastUrlWrite = Date.now();
    }
    this.syncControls();
    void this.search();
  }

  /** Back or Forward: the state the URL holds now. */
  restoreFromUrl(): void {
    this.state = readState(new URLSearchParams(location.search));
    this.syncControls();
    void this.search();
  }

  syncControls(): void {
    const { input, sortSelect, activeCount } = this.el;
    if (input.value.trim() !== this.state.query) input.value = this.state.query;
    sortSelect.value = this.state.sort;
    const count = activeFilterCount(this.state);
    activeCount.textContent = count > 0 ? ` (${count} active)` : '';
    document.title = this.state.query ? `${quoted(this.state.query)} – ${this.baseTitle}` : this.baseTitle;
  }

  async search({ keepFocus }: { keepFocus?: string } = {}): Promise<void> {
    if (!this.pagefind) return;
    const { el, state } = this;
    const mine = ++this.run;
    el.list.setAttribute('aria-busy', 'true');
    const term = state.query || null;
    const filtered = activeFilterCount(state) > 0;
    const { main, counts } = await this.query(this.pagefind, term);
    if (mine !== this.run) return;

    this.renderFacets(counts, keepFocus);
    const chips = activeFilterChips(state);
    el.activeList.replaceChildren(...chips);
    el.activeList.hidden = chips.length === 0;
    const browsing = !term && !filtered;
    el.intro.hidden = !browsing;
    el.resultsBar.hidden = browsing;
    this.results = browsing ? [] : main.results;
    this.shown = 0;
    el.list.replaceChildren();
    el.empty.hidden = browsing || this.results.length > 0;
    el.sortWrap.hidden = this.results.length < 2;
    if (!el.empty.hidden) {
      for (const node of el.empty.querySelectorAll<HTMLElement>('[data-when-filtered]')) node.hidden = !filtered;
    }
    await this.showMore(mine);
    if (mine !== this.run) return;
    el.list.setAttribute('aria-busy', 'false');
    el.status.textContent = browsing ? '' : summary(this.results.length, filtered, state);
  }

  /** The results, and per facet the counts that ticking each of its boxes would give. */
  private async query(pagefind: Pagefind, term: string | null) {
    const { state } = this;
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
          const without = await pagefind.search(term, { filters: pagefindFilters(state.filters, key) });
          counts[key] = without.filters[key] ?? {};
        }),
    );
    return { main, counts };
  }

  /** The next page of results; `mine` is the search they belong to (the latest, unless the reader moved on). */
  async showMore(mine = this.run): Promise<void> {
    const { el, state } = this;
    const page = this.results.slice(this.shown, this.shown + pageSize);
    let data = await Promise.all(page.map((result) => result.data()));
    if (mine !== this.run) return;
    // An exact title or alias goes first; only within the first page, where ranking is visible.
    if (this.shown === 0 && state.sort === 'relevance' && state.query) data = exactNamesFirst(data, state.query);
    el.list.append(...data.map(resultItem));
    this.shown += page.length;
    el.more.hidden = this.shown >= this.results.length;
    el.more.textContent = `Show more results (${this.results.length - this.shown} left)`;
  }

  /** How many results are on the page now (the first of the next page gets focus after "Show more"). */
  get shownCount(): number {
    return this.shown;
  }

  private renderFacets(counts: FilterCounts, keepFocus?: string): void {
    const { facetsBox, facetsRoot } = this.el;
    const focused = document.activeElement;
    const focusKey =
      keepFocus ??
      (focused instanceof HTMLInputElement && facetsRoot.contains(focused)
        ? `input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`
        : undefined);
    const groups = facetGroups(counts, this.state, this.expanded);
    facetsBox.hidden = groups.length === 0;
    facetsRoot.replaceChildren(...facetFieldsets(groups, this.expanded));
    // The boxes are redrawn with new counts: keep the reader's place.
    if (focusKey) facetsRoot.querySelector<HTMLElement>(focusKey)?.focus();
  }

  showUnavailable(error: unknown): void {
    const { status, facetsBox, sortWrap } = this.el;
    status.textContent =
      error instanceof SearchUnavailableError ? error.message : 'Search stopped working. Reload the page to try again.';
    status.classList.add('search-error');
    facetsBox.hidden = true;
    sortWrap.hidden = true;
    if (!(error instanceof SearchUnavailableError)) console.error(error);
  }
}
