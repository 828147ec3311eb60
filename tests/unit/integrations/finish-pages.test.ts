import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { finishPages } from '../../../src/integrations/finish-pages.ts';
import { requiredMeta } from '../../../src/integrations/seo-rules.ts';
import { tempFolder } from '../support/temp-folder.ts';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const script = 'console.log(1)';
const sharing = requiredMeta
  .map((name) => `<meta ${name.startsWith('og:') ? 'property' : 'name'}="${name}" content="x">`)
  .join('');

/** A built page as Astro writes one: two stylesheets, a policy naming more hashes than it uses, a search record. */
function page(
  name: string,
  {
    noindex = false,
    searchable = true,
    policy = true,
    description = `A page about ${name}, with a description long enough for the check.`,
  } = {},
) {
  return (
    '<!doctype html><html lang="en"><head>' +
    (policy
      ? `<meta http-equiv="content-security-policy" content="script-src 'self' ${sha(script)} ${sha('unused()')}; style-src 'self'">`
      : '') +
    `<title>${name}</title><meta name="description" content="${description}">` +
    `<link rel="canonical" href="https://example.org/${name}/">${sharing}` +
    (noindex ? '<meta name="robots" content="noindex">' : '') +
    '<link rel="stylesheet" href="/atlas/_astro/a.css">\n<link rel="stylesheet" href="/atlas/_astro/b.css">' +
    `</head><body${searchable ? ' data-pagefind-body' : ''}><h1>${name}</h1>` +
    '<div data-search-record hidden><span data-pagefind-sort="updated">2026-11-30</span></div>' +
    `<script>${script}</script></body></html>`
  );
}

/** Runs the pass over a built site in a temporary folder: the folder, what it logged and what it found. */
async function finish(files: Record<string, string>) {
  const root = tempFolder('finish-pages');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m) };
  const { integration, noindexFiles, dates } = finishPages('/atlas/', new Map());
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  hooks['astro:routes:resolved']!({ routes: [] });
  const run = () => hooks['astro:build:done']!({ dir: pathToFileURL(`${root}/`), logger });
  return { root, logged, noindexFiles, dates, run, read: (file: string) => readFileSync(join(root, file), 'utf8') };
}

const stylesheets = { '_astro/a.css': '.a{}', '_astro/b.css': '.b{}' };

describe('finishing the built pages in one pass', () => {
  it('joins stylesheets, trims each policy, keeps search records for the index and writes _headers', async () => {
    const site = await finish({ ...stylesheets, 'one/index.html': page('one'), 'two/index.html': page('two') });
    site.run();
    const html = site.read('one/index.html');
    assert.equal([...html.matchAll(/rel="stylesheet"/g)].length, 1, 'one stylesheet');
    assert.match(html, /href="\/atlas\/_astro\/page\.[\w-]{10}\.css"/);
    assert.ok(!existsSync(join(site.root, '_astro/a.css')), 'the split stylesheet is gone');
    assert.ok(html.includes(sha(script)) && !html.includes(sha('unused()')), 'the policy keeps its own hash only');
    assert.ok(html.includes('data-search-record'), 'the search record stays for the index, which takes it out');
    assert.match(site.read('_headers'), /Content-Security-Policy: .*script-src/);
    assert.equal(site.dates.get('one/index.html'), '2026-11-30', 'the record’s date, for the sitemap');
    assert.ok(site.logged.some((m) => m.includes('2 searchable pages keep their search data for the index')));
  });

  it('notes the pages that carry noindex, for the sitemap', async () => {
    const site = await finish({
      ...stylesheets,
      'one/index.html': page('one'),
      '404.html': page('404', { noindex: true }),
    });
    site.run();
    assert.deepEqual([...site.noindexFiles], ['404.html']);
  });

  it('fails the build on a page the SEO check refuses, naming the page', async () => {
    const site = await finish({ ...stylesheets, 'one/index.html': page('one', { description: 'Too short.' }) });
    assert.throws(site.run, /one\/index\.html[\s\S]*description/);
  });

  it('fails the build on a page without a policy, or a site without a searchable page', async () => {
    const noPolicy = await finish({ ...stylesheets, 'one/index.html': page('one', { policy: false }) });
    assert.throws(noPolicy.run, /no Content-Security-Policy <meta> in one\/index\.html/);
    const unsearchable = await finish({ ...stylesheets, 'one/index.html': page('one', { searchable: false }) });
    assert.throws(unsearchable.run, /no page in .* has data-pagefind-body/);
  });
});
