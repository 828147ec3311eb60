// The search index step (src/lib/search/build-search-index.ts), run by Pagefind on a small built site: what it
// indexes, what it leaves out, and the search records it takes out of the pages once Pagefind has read them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { readSearchFragments } from '../../../scripts/lib/search-fragments.ts';
import { buildSearchIndex } from '../../../src/lib/search/build-search-index.ts';
import { tempFolder } from '../support/temp-folder.ts';

const record =
  '<div data-search-record hidden><span data-pagefind-meta="title">Alpha role</span>' +
  '<span data-pagefind-sort="updated">2026-11-30</span></div>';
const searchable =
  '<!doctype html><html lang="en"><head><title>Alpha role</title></head><body data-pagefind-body>' +
  '<h1>Alpha role</h1><p>Builds quiet servers.<a class="note" href="#n1">ZEBRANOTE</a></p>' +
  `<table class="figure-table"><tr><td>ZEBRATABLE</td></tr></table>${record}</body></html>`;
const plain =
  '<!doctype html><html lang="en"><head><title>Search</title></head><body><h1>Search</h1>' +
  '<div data-search-record hidden>not a record Pagefind reads</div></body></html>';

function site(files: Record<string, string>): string {
  const root = tempFolder('search-index');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

test('indexes the searchable pages, without the excluded furniture, and takes their records out', async () => {
  const root = site({ 'roles/alpha/index.html': searchable, 'search/index.html': plain });
  const result = await buildSearchIndex(root);

  assert.equal(result.pages, 2, 'Pagefind read both pages');
  assert.ok((result.pagefindPeakKb ?? 0) > 1024, `Pagefind's own peak memory is read: ${result.pagefindPeakKb} KB`);
  const [fragment, ...others] = readSearchFragments(root);
  assert.deepEqual(others, [], 'and indexed only the one with data-pagefind-body');
  assert.equal(fragment?.url, '/roles/alpha/');
  assert.equal(fragment?.meta.title, 'Alpha role', 'the record was read before it came out');
  assert.match(fragment?.content ?? '', /Builds quiet servers/);
  assert.doesNotMatch(fragment?.content ?? '', /ZEBRANOTE|ZEBRATABLE/, 'note numbers and figure tables are left out');

  assert.equal(result.stripped, 2, 'every page that had a record');
  for (const file of ['roles/alpha/index.html', 'search/index.html'])
    assert.doesNotMatch(readFileSync(join(root, file), 'utf8'), /data-search-record/, file);
  assert.match(readFileSync(join(root, 'roles/alpha/index.html'), 'utf8'), /<h1>Alpha role<\/h1>/);
});

test('writes the index the site loads, without the prebuilt UIs it never loads', async () => {
  const root = site({ 'roles/alpha/index.html': searchable });
  await buildSearchIndex(root);
  assert.ok(existsSync(join(root, 'pagefind', 'pagefind.js')));
  for (const unused of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-highlight.js'])
    assert.ok(!existsSync(join(root, 'pagefind', unused)), `${unused} is removed`);
});

test('leaves a page without a record as it was', async () => {
  const untouched = searchable.replace(record, '');
  const root = site({ 'roles/alpha/index.html': untouched });
  const result = await buildSearchIndex(root);
  assert.equal(result.stripped, 0);
  assert.equal(readFileSync(join(root, 'roles/alpha/index.html'), 'utf8'), untouched);
});

test('as a command, says what it needs and which folder is missing', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/search-index.ts', ...args], { encoding: 'utf8' });
  const bare = run();
  assert.equal(bare.status, 2);
  assert.match(bare.stderr, /usage: node scripts\/search-index\.ts <built site folder>/);
  const missing = run(join(tempFolder('search-index'), 'dist'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /dist does not exist; build the site first \(npm run build\)/);
  assert.doesNotMatch(missing.stderr, /^\s+at\s/m, 'no stack trace');
});
