/**
 * The header box as a combobox (WAI-ARIA 1.2 pattern): results drop down under the box
 * as the reader types; ↑/↓ move through them, Enter opens the one picked (or, with none
 * picked, submits to /search/ for every result), Escape closes the list.
 */
import { h, plural, quoted } from './dom.ts';
import { dropdownOptions } from './header-search-render.ts';
import { exactNamesFirst } from './names.ts';
import { loadPagefind, SearchUnavailableError, type ResultData } from './pagefind-loader.ts';

const maxResults = 6;
const typingDelay = 100;

export function enhanceHeaderSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  const listId = `${input.id}-results`;
  const list = h('div', {
    id: listId,
    class: 'search-dropdown',
    role: 'listbox',
    'aria-label': 'Search results',
    hidden: true,
  });
  const status = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  form.append(list, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);

  let active = -1;
  let run = 0;
  let timer: number | undefined;
  const pagefind = loadPagefind(16);
  // Fetch the index while the reader is still thinking about what to type.
  pagefind.catch(() => undefined);

  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

  function open(): void {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }
  function close(): void {
    // A search still waiting or running when the reader closes the list must not open it again (or reset
    // the pick) when its results arrive: on a slow machine they came after Escape.
    window.clearTimeout(timer);
    run += 1;
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    select(-1);
  }
  function select(index: number): void {
    const all = options();
    active = index;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const current = all[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  async function search(): Promise<void> {
    const mine = ++run;
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      close();
      return;
    }
    try {
      const found = await (await pagefind).search(query);
      const data = exactNamesFirst(await Promise.all(found.results.slice(0, maxResults).map((r) => r.data())), query);
      if (mine !== run) return;
      render(query, data, found.results.length);
    } catch (error) {
      if (mine !== run) return;
      const message =
        error instanceof SearchUnavailableError
          ? error.message
          : 'Search could not run. Press Enter to open the search page.';
      list.replaceChildren(h('p', { class: 'search-dropdown-note' }, message));
      status.textContent = message;
      open();
    }
  }

  function render(query: string, data: ResultData[], total: number): void {
    const allUrl = `${form.action}?${new URLSearchParams({ q: query })}`;
    list.replaceChildren(...dropdownOptions(listId, query, data, total, allUrl));
    active = -1;
    input.removeAttribute('aria-activedescendant');
    open();
    status.textContent =
      total === 0
        ? `No results for ${quoted(query)}.`
        : `${plural(total, 'result')}. Use the up and down arrows to choose one, and Enter to open it.`;
  }

  input.addEventListener('input', () => {
    // The index chunks for what is typed so far load while the reader types, so once typing stops
    // the search itself only has to fetch the excerpts of the results it shows.
    const typed = input.value.trim();
    if (typed) void pagefind.then((loaded) => loaded.preload(typed)).catch(() => undefined);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void search(), typingDelay);
  });

  input.addEventListener('keydown', (event) =>
    onComboboxKey(event, { options: options(), active, expanded: !list.hidden, open, close, select }),
  );

  // Clicking a result must not blur the box first (the list would close under the pointer).
  list.addEventListener('mousedown', (event) => event.preventDefault());
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  input.addEventListener('focus', () => {
    if (list.childElementCount > 0 && input.value.trim()) open();
  });

  // Typed before this module arrived: search for it now.
  if (input.value.trim()) void search();
}

/** What the box's keys act on: the options shown, the one picked (-1: none) and the list's state. */
interface ComboboxKeys {
  options: HTMLAnchorElement[];
  active: number;
  expanded: boolean;
  open(): void;
  close(): void;
  select(index: number): void;
}

/** ↑/↓ move through the options (past either end, back to the box), Enter opens the pick, Escape closes. */
function onComboboxKey(event: KeyboardEvent, box: ComboboxKeys): void {
  const all = box.options;
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (all.length === 0) return;
      event.preventDefault();
      if (!box.expanded) box.open();
      const next = box.active + (event.key === 'ArrowDown' ? 1 : -1);
      box.select(next < -1 ? all.length - 1 : next >= all.length ? -1 : next);
      return;
    }
    case 'Enter': {
      const current = all[box.active];
      if (!box.expanded || !current) return; // no pick: the form submits to /search/
      event.preventDefault();
      current.click();
      return;
    }
    case 'Escape':
      if (!box.expanded) return; // the browser clears the box
      event.preventDefault();
      box.close();
      return;
  }
}
