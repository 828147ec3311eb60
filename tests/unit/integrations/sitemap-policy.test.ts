import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { loadContent } from '../../../scripts/content-check/load.ts';
import { contentPages, frontmatterFields } from '../../../src/integrations/content-pages.ts';
import { hasNoindex, searchRecordDate } from '../../../src/integrations/noindex-pages.ts';
import { builtFiles, isListed, noindexFiles, pathUnderBase, sitemapPolicy } from '../../../src/sitemap-policy.ts';
import { readGitHistory } from '../../../src/lib/io/git-history.ts';

const root = resolve(import.meta.dirname, '../../..');
const pages = contentPages(resolve(root, 'content'), root);

describe('sitemap policy', () => {
  it('reads page paths under the base path', () => {
    assert.equal(pathUnderBase('https://example.org/atlas/roles/cto/', '/atlas/'), 'roles/cto/');
    assert.equal(pathUnderBase('https://example.org/atlas/', '/atlas'), '');
    assert.equal(pathUnderBase('https://example.org/roles/', '/'), 'roles/');
  });

  it('lists HTML pages and leaves out the noindex pages and the endpoints', () => {
    assert.equal(isListed(''), true);
    assert.equal(isListed('roles/cto/'), true);
    assert.equal(isListed('search/'), false);
    assert.equal(isListed('404/'), false);
    assert.equal(isListed('rss.xml'), false);
    assert.equal(isListed('og/roles/cto.png'), false);
  });

  it('lists the open-data page but none of its data files', () => {
    assert.equal(isListed('data/'), true);
    for (const file of [
      'data/figures.csv',
      'data/figures.json',
      'data/roles/cto.json',
      'data/roles/cto.csv',
      'data/schema/role.schema.json',
    ])
      assert.equal(isListed(file), false, file);
  });

  it('dates the open-data page by the last day content/ changed, as the page itself shows', () => {
    const page = pages.get('data/');
    assert.ok(page?.date, 'data/ has a date for lastmod');
    const history = readGitHistory(root);
    const newest = [...history.values()].flat().sort().at(-1);
    const newestReview = [...pages.values()].map((p) => p.date?.getTime() ?? 0).filter((t) => t > 0);
    // With history, the newest commit day of content/; without (a shallow clone), the newest review date.
    assert.equal(
      page.date.toISOString().slice(0, 10),
      newest ?? new Date(Math.max(...newestReview)).toISOString().slice(0, 10),
    );
  });

  it('names each noindex page by a file that a page path builds to', () => {
    for (const file of Object.keys(noindexFiles)) {
      const path = file === '404.html' ? '404/' : file.replace(/index\.html$/, '');
      assert.ok(builtFiles(path).includes(file), file);
    }
  });

  it('sets lastmod from the role review date and the guide update date', () => {
    const policy = sitemapPolicy(pages, '/atlas/');
    const role = [...pages.values()].find((p) => p.file.startsWith('content/roles/'))!;
    const item = policy.serialize({ url: `https://example.org/atlas/${role.path}` });
    assert.equal(item.lastmod, role.date!.toISOString().slice(0, 10));
    assert.equal(policy.filter(`https://example.org/atlas/${role.path}`), true);
    assert.equal(policy.filter('https://example.org/atlas/search/'), false);
  });

  it('dates a page no content file names by its built search record, and the glossary by its source', () => {
    const built = new Map([['technologies/onet-only/index.html', '2026-03-04']]);
    const policy = sitemapPolicy(pages, '/', new Set(), built);
    assert.equal(policy.serialize({ url: 'https://example.org/technologies/onet-only/' }).lastmod, '2026-03-04');
    assert.equal(
      sitemapPolicy(pages, '/').serialize({ url: 'https://example.org/technologies/onet-only/' }).lastmod,
      undefined,
    );
    assert.equal(searchRecordDate('<span data-pagefind-sort="updated">2025-11-02</span>'), '2025-11-02');
    assert.ok(pages.get('glossary/')?.date instanceof Date, 'the glossary has a date');
  });

  it('keeps a page whose built file carries noindex out of the sitemap', () => {
    const built = new Set(['roles/thin/index.html']);
    assert.equal(sitemapPolicy(pages, '/', built).filter('https://example.org/roles/thin/'), false);
    assert.equal(sitemapPolicy(pages, '/').filter('https://example.org/roles/thin/'), true);
    assert.equal(hasNoindex('<meta name="robots" content="noindex, follow">'), true);
    assert.equal(hasNoindex('<meta name="description" content="not noindex here">'), false);
  });
});

describe('contentPages', () => {
  it('gives every role and published guide a page with a date, and the listings their newest date', () => {
    const roles = [...pages.values()].filter((p) => p.file.startsWith('content/roles/'));
    const guides = [...pages.values()].filter((p) => p.file.startsWith('content/guides/'));
    assert.ok(roles.length > 0 && guides.length > 0);
    for (const page of [...roles, ...guides])
      assert.ok(page.date instanceof Date && !Number.isNaN(page.date.getTime()), page.file);
    const newest = (list: typeof roles) => Math.max(...list.map((p) => p.date!.getTime()));
    assert.equal(pages.get('roles/')!.date!.getTime(), newest(roles));
    assert.equal(pages.get('guides/')!.date!.getTime(), newest(guides));
    assert.equal(pages.get('')!.date!.getTime(), Math.max(newest(roles), newest(guides)));
  });
});

describe('frontmatterFields', () => {
  it('reads the dates and the draft flag from their own lines, as YAML reads them', () => {
    const text = [
      '---',
      'title: A guide',
      "published: '2026-01-02'",
      'updated: 2026-03-04 # after a review',
      'draft: true',
      'faqs:',
      '  - question: When was it published?',
      '    published: 1999-01-01',
      '---',
      'Body text with published: 2000-01-01 in it.',
    ].join('\n');
    assert.deepEqual(frontmatterFields(text), { published: '2026-01-02', updated: '2026-03-04', draft: true });
  });

  it('parses the whole frontmatter when a value is not on its key’s line', () => {
    const text = ['---', 'lastReviewed:', '  2026-05-06', 'title: A role', '---', ''].join('\n');
    assert.equal(frontmatterFields(text).lastReviewed, '2026-05-06');
  });

  it('agrees with the content check’s full reading on every real page', () => {
    for (const file of loadContent(resolve(root, 'content'), root)) {
      if (file.collection !== 'roles' && file.collection !== 'guides') continue;
      const full = file.data as Record<string, unknown>;
      const fast = frontmatterFields(readFileSync(resolve(root, file.path), 'utf8'));
      for (const key of ['lastReviewed', 'updated', 'published', 'draft'])
        assert.deepEqual(fast[key], full[key], `${file.path} ${key}`);
    }
  });
});
