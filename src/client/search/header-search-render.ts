/** The header search's dropdown options: one per result shown, then "see all" (or "no results") linking /search/. */
import { excerpt, h, plural, quoted } from './dom.ts';
import type { ResultData } from './pagefind-loader.ts';

export function dropdownOptions(
  listId: string,
  query: string,
  data: readonly ResultData[],
  total: number,
  allUrl: string,
): HTMLAnchorElement[] {
  const option = (id: string, href: string, className: string) => ({
    role: 'option',
    id,
    href,
    tabindex: '-1',
    'aria-selected': 'false',
    class: className,
  });
  const items = data.map((result, i) =>
    h(
      'a',
      option(`${listId}-${i}`, result.url, 'search-option'),
      h('span', { class: 'search-option-title' }, result.meta.title ?? result.url),
      h('span', { class: 'search-option-kicker' }, [result.meta.type, result.meta.family].filter(Boolean).join(' · ')),
      result.excerpt && h('span', { class: 'search-option-excerpt' }, excerpt(result.excerpt)),
    ),
  );
  const all = h(
    'a',
    option(`${listId}-all`, allUrl, 'search-option search-option-all'),
    total === 0
      ? `No results for ${quoted(query)}: open the search page for suggestions`
      : `See all ${plural(total, 'result')} for ${quoted(query)}`,
  );
  return [...items, all];
}
