import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkBuiltPages,
  formatPageProblem,
  requiredMeta,
  type BuiltPage,
} from '../../../src/integrations/seo-rules.ts';

const sharing = requiredMeta
  .map((name) => `<meta ${name.startsWith('og:') ? 'property' : 'name'}="${name}" content="x"/>`)
  .join('');

function page(
  file: string,
  head: { title?: string[]; description?: string[]; canonical?: number; robots?: string; jsonLd?: string[] },
  h1 = 1,
): BuiltPage {
  const {
    title = [`Title of ${file}`],
    description = [`A description of ${file} that is long enough to pass the check.`],
    canonical = 1,
  } = head;
  const html =
    '<!doctype html><html lang="en"><head>' +
    title.map((t) => `<title>${t}</title>`).join('') +
    description.map((d) => `<meta name="description" content="${d}"/>`).join('') +
    '<link rel="canonical" href="https://example.org/x/"/>'.repeat(canonical) +
    sharing +
    (head.robots ? `<meta name="robots" content="${head.robots}"/>` : '') +
    (head.jsonLd ?? []).map((j) => `<script type="application/ld+json">${j}</script>`).join('') +
    '</head><body>' +
    '<h1>Heading</h1>'.repeat(h1) +
    '<svg><title>An icon title that is not the page title</title></svg></body></html>';
  return {
    file,
    html,
    source: { file: `src/pages/${file}.astro`, titleField: 'title', descriptionField: 'description' },
  };
}

const none = {};

describe('checkBuiltPages', () => {
  it('accepts pages with one unique title, description, canonical and h1', () => {
    assert.deepEqual(checkBuiltPages([page('a/index.html', {}), page('b/index.html', {})], none), []);
  });

  it('refuses a description outside 50–160 characters, naming the page and the field', () => {
    const [short] = checkBuiltPages([page('a/index.html', { description: ['Too short.'] })], none);
    assert.ok(short);
    assert.equal(short.page, 'a/index.html');
    assert.match(
      formatPageProblem(short),
      /^dist\/a\/index\.html \(src\/pages\/a\/index\.html\.astro {2}description\) {2}description is 10 characters, outside 50–160 — /,
    );
    const [long] = checkBuiltPages([page('b/index.html', { description: ['y'.repeat(161)] })], none);
    assert.match(long!.what, /161 characters/);
    assert.match(long!.fix, /shorten/);
  });

  it('counts characters, not HTML entities', () => {
    const fifty = `${'a'.repeat(45)} &amp;&#39;&quot;`; // 45 + space + 3 characters = 49
    assert.equal(checkBuiltPages([page('a/index.html', { description: [fifty] })], none).length, 1);
    assert.equal(checkBuiltPages([page('a/index.html', { description: [`${fifty}b`] })], none).length, 0);
  });

  it('refuses a title or description used by two pages', () => {
    const problems = checkBuiltPages(
      [
        page('a/index.html', {
          title: ['Same'],
          description: ['The same description on both pages, long enough to pass.'],
        }),
        page('b/index.html', {
          title: ['Same'],
          description: ['The same description on both pages, long enough to pass.'],
        }),
      ],
      none,
    );
    assert.deepEqual(
      problems.map((p) => [p.page, p.what.split(':')[0]]),
      [
        ['b/index.html', 'has the same title as a/index.html'],
        ['b/index.html', 'has the same description as a/index.html'],
      ],
    );
  });

  it('refuses missing or doubled titles, descriptions, canonicals and h1s', () => {
    const problems = checkBuiltPages(
      [page('a/index.html', { title: ['One', 'Two'], description: [], canonical: 0 }, 2)],
      none,
    );
    assert.deepEqual(
      problems.map((p) => p.what),
      [
        'has 2 <title> elements (expected exactly 1)',
        'has 0 meta descriptions (expected exactly 1)',
        'has 0 canonical links (expected exactly 1)',
        'has 2 <h1> headings (expected exactly 1)',
      ],
    );
  });

  it('refuses JSON-LD that does not parse', () => {
    const problems = checkBuiltPages([page('a/index.html', { jsonLd: ['{"@type": "Thing"}', '{"@type": '] })], none);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.what, /JSON-LD block 2 does not parse/);
  });

  it('refuses noindex that disagrees with the sitemap policy, both ways', () => {
    const policy = { 'search/index.html': 'thin' };
    assert.deepEqual(checkBuiltPages([page('search/index.html', { robots: 'noindex' })], policy), []);
    assert.match(checkBuiltPages([page('search/index.html', {})], policy)[0]!.what, /has no robots noindex tag/);
    assert.match(checkBuiltPages([page('a/index.html', { robots: 'noindex' })], policy)[0]!.what, /marked noindex/);
  });

  it('accepts noindex on a page marked a brief profile, and requires it there', () => {
    const marked = (robots?: string) => {
      const built = page('roles/thin/index.html', robots ? { robots } : {});
      return { ...built, html: built.html.replace('<body>', '<body><p data-brief-profile>Brief profile.</p>') };
    };
    assert.deepEqual(checkBuiltPages([marked('noindex')], {}), []);
    assert.match(checkBuiltPages([marked()], {})[0]!.what, /brief profile but has no robots noindex tag/);
  });

  it('refuses a page without the sharing tags', () => {
    const bare = page('a/index.html', {});
    bare.html = bare.html.replace(/<meta property="og:image" content="x"\/>/, '');
    assert.deepEqual(
      checkBuiltPages([bare], none).map((p) => p.what),
      ['has no og:image tag'],
    );
  });
});
