/**
 * Loads Pagefind's browser API (`<base>pagefind/pagefind.js`, written by the build) once,
 * on demand, with the site's ranking. Nothing here runs until a search box is used.
 */

/** One result's stored data: see https://pagefind.app/docs/api/ */
export interface ResultData {
  url: string;
  /** Plain text with the matched words in <mark>; Pagefind escapes the rest, so it is safe as HTML. */
  excerpt: string;
  meta: Partial<
    Record<
      'title' | 'names' | 'alsoCalled' | 'technologies' | 'type' | 'summary' | 'updated' | 'family' | 'pay',
      string
    >
  >;
  sub_results: { title: string; url: string; excerpt: string }[];
}

export interface Result {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

/** Counts per facet value, as Pagefind reports them. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface SearchResponse {
  results: Result[];
  unfilteredResultCount: number;
  /** For each value: how many results there would be with it added to the current filters. */
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  filters(): Promise<FilterCounts>;
}

/** Search cannot run: no index (dev before a first build) or the network failed. */
export class SearchUnavailableError extends Error {}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/**
 * Ranking, tuned on this site's content (see tests/e2e/search.spec.ts):
 * - `names` (a role's title and aliases) counts ten times a body match, so
 *   "server-side developer" or "backend engineer" lead to the role that goes by that name;
 * - `alsoCalled` (the alternate titles O*NET gives a role's occupation) counts a little less than the
 *   role's own names, so "penetration tester" finds the role O*NET files that title under;
 * - `technologies` (what a role lists, and what O*NET lists for its occupation) lifts the roles that use a technology above pages that mention it;
 * - `title` keeps Pagefind's default boost;
 * - the "Last reviewed …" line is display text, not something to match.
 */
const ranking = { metaWeights: { title: 5, names: 10, alsoCalled: 8, technologies: 3, updated: 0 } };

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(excerptLength = 30): Promise<Pagefind> {
  loading ??= (async () => {
    let pagefind: Pagefind;
    try {
      pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    } catch {
      loading = undefined;
      throw new SearchUnavailableError(
        import.meta.env.DEV
          ? 'Search has no index yet. In development it uses the index of the last build: run “npm run build” once, then reload this page.'
          : 'Search could not load. Check your connection and reload the page, or browse the roles and guides.',
      );
    }
    await pagefind.options({ baseUrl: base, excerptLength, ranking });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
