// The records of a built Pagefind index, one per indexed page, read back from its fragment files: each
// is gzipped JSON behind a short signature. Tests read the URLs (what search can find) and the text and
// metadata it holds; the benchmark reads the word counts (how much text the index step had to index).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface SearchFragment {
  url: string;
  /** Words Pagefind indexed on the page, after its exclusions. */
  wordCount: number;
  /** The indexed text, and the metadata shown in results. */
  content: string;
  meta: Record<string, string>;
}

export function readSearchFragments(site: string): SearchFragment[] {
  const folder = join(site, 'pagefind', 'fragment');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.pf_fragment'))
    .map((file) => {
      const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
      const record = JSON.parse(text.slice(text.indexOf('{'))) as {
        url: string;
        word_count: number;
        content: string;
        meta: Record<string, string>;
      };
      return { url: record.url, wordCount: record.word_count, content: record.content, meta: record.meta };
    });
}
