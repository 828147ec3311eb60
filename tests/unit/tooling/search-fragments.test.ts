// The benchmark and the small-site test read Pagefind's records back from the fragment files: each is
// gzipped JSON behind a signature, and the folder holds nothing else the reader should take for one.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readSearchFragments } from '../../../scripts/lib/search-fragments.ts';

const site = mkdtempSync(join(tmpdir(), 'fragments-'));
after(() => rmSync(site, { recursive: true, force: true }));

test('each fragment gives its page URL, the words indexed on it, its text and metadata', () => {
  const folder = join(site, 'pagefind', 'fragment');
  mkdirSync(folder, { recursive: true });
  const record = (url: string, words: number) =>
    gzipSync(
      `pagefind_dcd${JSON.stringify({ url, word_count: words, content: `text of ${url}`, meta: { title: url }, anchors: [] })}`,
    );
  writeFileSync(join(folder, 'en_1a2b3c.pf_fragment'), record('/roles/alpha/', 1553));
  writeFileSync(join(folder, 'en_4d5e6f.pf_fragment'), record('/technologies/sql/', 13));
  writeFileSync(join(folder, 'notes.txt'), 'not a fragment');

  const records = readSearchFragments(site).sort((a, b) => a.url.localeCompare(b.url));
  assert.deepEqual(records, [
    { url: '/roles/alpha/', wordCount: 1553, content: 'text of /roles/alpha/', meta: { title: '/roles/alpha/' } },
    {
      url: '/technologies/sql/',
      wordCount: 13,
      content: 'text of /technologies/sql/',
      meta: { title: '/technologies/sql/' },
    },
  ]);
});
