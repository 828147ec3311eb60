/**
 * Loaded on every page, and kept tiny: keyboard shortcuts for the search box, and
 * the header's search UI and Pagefind fetched (side by side) only when the reader focuses
 * the box. Until then the box is a plain GET form to /search/ and no search code or index is loaded.
 */

/** The box a shortcut should focus: the search page's own box, else the header's. */
function searchInput(): HTMLInputElement | null {
  return (
    document.querySelector<HTMLInputElement>('[data-search-primary]') ??
    document.querySelector<HTMLInputElement>('#site-search')
  );
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** "/" anywhere outside a text field, or Ctrl+K / ⌘K from anywhere. */
function onShortcut(event: KeyboardEvent): void {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
  const commandK =
    event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
  if (!slash && !commandK) return;
  const input = searchInput();
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
}

class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('#site-search');
    if (!form || !input) return;
    this.dataset.ready = '';
    // The search page has its own box and results; the header box stays a plain form there.
    if (document.querySelector('[data-search-primary]')) return;
    const load = () => {
      // Pagefind's runtime downloads beside our search code, not after it: header-search.ts imports
      // the same URL once it runs, and gets this module without a second request.
      import(/* @vite-ignore */ `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`).catch(
        () => undefined,
      );
      import('./header-search.ts')
        .then((module) => module.enhanceHeaderSearch(form, input))
        .catch((error: unknown) => console.error(error));
    };
    if (document.activeElement === input) load();
    else input.addEventListener('focus', load, { once: true });
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
document.addEventListener('keydown', onShortcut);
