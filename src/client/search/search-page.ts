/**
 * The /search/ page: query box, facets with counts, results with highlighted excerpts,
 * a no-results state, keyboard movement through results, and a URL that follows the
 * reader (so a search can be shared, and Back undoes the last change). This file wires the
 * events; the state and searches are in search-page-session.ts, the markup in search-page-render.ts.
 */
import type { FacetKey } from '../../lib/search/search-filters.ts';
import { loadPagefind } from './pagefind-loader.ts';
import { searchPageElements, SearchSession, type SearchPageElements } from './search-page-session.ts';
import { pagefindFilters, toggleFilter } from './state.ts';

/** Where the filters stand open beside the results (the page's stylesheet uses the same width). */
const wideScreen = '(min-width: 56rem)';
/** Typing waits this long after the last key before searching. */
const typingDelay = 120;
/** A pause longer than this while typing starts a new history entry instead of replacing the current one. */
const historyPause = 1200;

function startSearchPage(app: HTMLElement): void {
  const el = searchPageElements(app);
  const session = new SearchSession(el);
  session.syncControls();
  foldFacetsOnPhones(el.facetsBox);

  const start = () => {
    el.status.textContent = 'Loading search…';
    loadPagefind(30)
      .then(async (loaded) => {
        // Loading the filter index makes every search report counts per facet value.
        await loaded.filters();
        session.pagefind = loaded;
        return session.search();
      })
      .catch((error: unknown) => session.showUnavailable(error));
  };
  whenSearchIsWanted(app, el.facetsBox, session, start);

  listenToQuery(el, session);
  listenToFilters(el, session);
  listenToKeys(el);
  el.more.addEventListener('click', async () => {
    const first = session.shownCount;
    el.more.disabled = true;
    await session.showMore();
    el.more.disabled = false;
    el.list.querySelectorAll<HTMLAnchorElement>('.result-link')[first]?.focus();
  });
  window.addEventListener('popstate', () => session.restoreFromUrl());
}

/**
 * Loads the index at once when the page has something to show from it: a query or filters in its address,
 * or the filters open beside the results on a wide screen. On a phone with an empty box the filters are
 * folded and nothing on screen needs the index, so it waits for the reader's first touch, key or focus:
 * loading it costs a slow phone a few hundred milliseconds of its main thread.
 */
function whenSearchIsWanted(
  app: HTMLElement,
  facetsBox: HTMLDetailsElement,
  session: SearchSession,
  start: () => void,
): void {
  const hasFilters = Object.values(session.state.filters).some((values) => (values?.length ?? 0) > 0);
  if (session.state.query || hasFilters || matchMedia(wideScreen).matches) return start();
  const events = ['pointerdown', 'keydown', 'focusin'] as const;
  const once = () => {
    for (const type of events) app.removeEventListener(type, once);
    facetsBox.removeEventListener('toggle', once);
    start();
  };
  for (const type of events) app.addEventListener(type, once);
  facetsBox.addEventListener('toggle', once);
}

/** Filters sit beside the results on wide screens and fold away above them on phones. */
function foldFacetsOnPhones(facetsBox: HTMLDetailsElement): void {
  const wide = matchMedia(wideScreen);
  const sync = () => {
    if (wide.matches) facetsBox.open = true;
  };
  sync();
  wide.addEventListener('change', sync);
}

/** The query box (searched as the reader types, after a short pause) and the sort order. */
function listenToQuery({ form, input, sortSelect }: SearchPageElements, session: SearchSession): void {
  let typingTimer: number | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    session.update({ ...session.state, query: input.value }, 'push');
  });
  input.addEventListener('input', () => {
    // The index chunks for what is typed so far load while the reader types (see header-search.ts).
    const typed = input.value.trim();
    if (typed)
      void loadPagefind(30)
        .then((loaded) => loaded.preload(typed, { filters: pagefindFilters(session.state.filters) }))
        .catch(() => undefined);
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => {
      const history = Date.now() - session.lastUrlWrite > historyPause ? 'push' : 'replace';
      session.update({ ...session.state, query: input.value }, history);
    }, typingDelay);
  });
  sortSelect.addEventListener('change', () =>
    session.update({ ...session.state, sort: sortSelect.value === 'updated' ? 'updated' : 'relevance' }, 'push'),
  );
}

/** Facet boxes, "show all" buttons, the active-filter chips and the no-results "clear filters" link. */
function listenToFilters({ facetsRoot, activeList, empty, input }: SearchPageElements, session: SearchSession): void {
  facetsRoot.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    session.update(toggleFilter(session.state, box.name as FacetKey, box.value, box.checked), 'push');
  });
  facetsRoot.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-expand]');
    if (!button) return;
    const key = button.dataset.expand as FacetKey;
    if (session.expanded.has(key)) session.expanded.delete(key);
    else session.expanded.add(key);
    void session.search({ keepFocus: `[data-expand="${key}"]` });
  });
  activeList.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    const next =
      button.dataset.clear === 'all'
        ? { ...session.state, filters: {} }
        : toggleFilter(session.state, button.dataset.key as FacetKey, button.dataset.value ?? '', false);
    session.update(next, 'push');
    input.focus();
  });
  empty.addEventListener('click', (event) => {
    if (!(event.target as Element).closest('[data-clear-filters]')) return;
    session.update({ ...session.state, filters: {} }, 'push');
    input.focus();
  });
}

/** Arrow keys: from the box into the results, then up and down the result titles; Escape back to the box. */
function listenToKeys({ input, list }: SearchPageElements): void {
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
}

const app = document.querySelector<HTMLElement>('[data-search-app]');
if (app) startSearchPage(app);
