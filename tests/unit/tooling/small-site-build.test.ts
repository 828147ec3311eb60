// Real builds of a small site (tests/fixtures/content-valid: two roles, a published guide and a draft
// one), made twice under BASE_PATH=/career-atlas/ from two different folders, each with an empty
// cache. One pair of builds answers three questions cheaply enough for every `npm test`:
// - a draft never reaches the published site: no page, no link, no sitemap entry, no search record;
// - a base-path build puts every link and asset under the base, and each resolves to a built file;
// - the build is reproducible: the two outputs are byte for byte the same (the cheap form of
//   `npm run check:reproducible`, which also builds the whole site and a warm-cache build).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { readSearchFragments } from '../../../scripts/lib/search-fragments.ts';
import { diffTrees, listFiles } from '../../../scripts/lib/tree-diff.ts';
import { buildSmallSite } from '../support/small-site.ts';

const base = '/career-atlas/';
const draft = { id: 'draft-guide', title: 'A draft fixture guide' };
const published = { id: 'first-guide', title: 'A fixture guide' };

let first = '';
let second = '';
let firstCache = '';
before(async () => {
  const builds = await Promise.all([buildSmallSite({ BASE_PATH: base }), buildSmallSite({ BASE_PATH: base })]);
  for (const build of builds) assert.equal(build.code, 0, `the small site failed to build:\n${build.stderr}`);
  [first, second] = builds.map((build) => build.out) as [string, string];
  firstCache = builds[0]!.cache;
});

const read = (file: string) => readFileSync(join(first, file), 'utf8');
const textFiles = () =>
  listFiles(first).filter((file) => /\.(html|xml|json|txt|js|csv)$/.test(file) || file === '_headers');

describe('a draft guide never reaches the published site', () => {
  test('the fixture really has this draft, and the published guide to compare with', () => {
    const fixture = readFileSync(`tests/fixtures/content-valid/guides/${draft.id}.mdx`, 'utf8');
    assert.match(fixture, /^draft: true$/m);
    assert.ok(fixture.includes(`title: ${draft.title}`));
  });

  test('no page is built for it, and no file names it', () => {
    assert.ok(existsSync(join(first, 'guides', published.id, 'index.html')), 'the published guide is built');
    assert.ok(!existsSync(join(first, 'guides', draft.id)), 'the draft has no page');
    assert.deepEqual(
      listFiles(first).filter((file) => file.includes(draft.id)),
      [],
      'built files named after the draft (page, preview image)',
    );
    const naming = textFiles().filter((file) => {
      const text = read(file);
      return text.includes(draft.id) || text.includes(draft.title);
    });
    assert.deepEqual(naming, [], 'files that name the draft');
    assert.ok(
      read('guides/index.html').includes(`${base}guides/${published.id}/`),
      'the guide list links the published guide',
    );
  });

  test('the sitemap lists the published guide and not the draft', () => {
    const sitemap = read('sitemap-0.xml');
    assert.ok(sitemap.includes(`${base}guides/${published.id}/</loc>`));
    assert.ok(!sitemap.includes(draft.id));
  });

  test('the search index holds the published guide and not the draft', () => {
    const urls = readSearchFragments(first).map((record) => record.url);
    assert.ok(urls.includes(`/guides/${published.id}/`), `indexed: ${urls.join(', ')}`);
    assert.deepEqual(
      urls.filter((url) => url.includes(draft.id)),
      [],
    );
  });
});

/** Every site-root href and src of a page (fragments and queries dropped). */
const rootLinks = (html: string) =>
  [...html.matchAll(/\s(?:href|src)="(\/[^"#?]*)/g)].map((match) => match[1]!).filter((link) => !link.startsWith('//'));

/** The built file a site-root path under the base serves, or undefined. */
function servedFile(path: string): string | undefined {
  const rel = decodeURIComponent(path.slice(base.length));
  const file = rel === '' || rel.endsWith('/') ? join(first, rel, 'index.html') : join(first, rel);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

describe('a BASE_PATH build puts the site under its base', () => {
  const pages = ['index.html', 'roles/alpha-role/index.html', `guides/${published.id}/index.html`, 'search/index.html'];

  test('every site-root link and asset of a few pages is under the base and resolves to a built file', () => {
    for (const page of pages) {
      const links = rootLinks(read(page));
      assert.ok(
        links.some((link) => link.includes('/_astro/')),
        `${page} links its stylesheet or script`,
      );
      assert.ok(links.includes(base), `${page} links the home page`);
      assert.ok(links.includes(`${base}roles/`), `${page} links the role list`);
      assert.deepEqual(
        links.filter((link) => !link.startsWith(base)),
        [],
        `${page}: links outside ${base}`,
      );
      assert.deepEqual(
        links.filter((link) => !servedFile(link)),
        [],
        `${page}: links to nothing built`,
      );
    }
  });

  test('the sitemap, the canonical address and the search bundle use the base', () => {
    assert.match(read('sitemap-0.xml'), new RegExp(`<loc>[^<]*${base}roles/alpha-role/</loc>`));
    assert.match(
      read('roles/alpha-role/index.html'),
      new RegExp(`rel="canonical" href="[^"]*${base}roles/alpha-role/"`),
    );
    assert.ok(read('search/index.html').includes(`${base}pagefind/pagefind.js`));
    assert.ok(servedFile(`${base}pagefind/pagefind.js`), 'the search bundle is built');
  });
});

test('two builds from different folders, each with an empty cache, are byte for byte the same', () => {
  const diff = diffTrees(first, second);
  assert.ok(diff.same > 50, `only ${diff.same} files compared`);
  assert.deepEqual(
    { onlyInFirst: diff.onlyInA, onlyInSecond: diff.onlyInB, different: diff.different },
    {
      onlyInFirst: [],
      onlyInSecond: [],
      different: [],
    },
  );
});

describe('a role’s MDX body is not kept in memory, and its page still numbers its citations', () => {
  const sentence = 'The fixture keeps things tidy';
  test('the content store holds the role’s data but not its body (retainBody: false)', () => {
    const fixture = readFileSync('tests/fixtures/content-valid/roles/alpha-role.mdx', 'utf8');
    assert.ok(fixture.includes(sentence), 'the fixture’s body has the sentence');
    const store = readFileSync(join(firstCache, 'data-store.json'), 'utf8');
    assert.ok(store.includes('Is this a real role?'), 'the store has the role’s frontmatter');
    assert.ok(!store.includes(sentence), 'and not its body');
  });

  test('the page renders the body, and its source list links back to the citation read from the file', () => {
    const page = read('roles/alpha-role/index.html');
    assert.ok(page.includes(sentence));
    assert.match(page, /<a class="note" href="#source-survey-b" id="cite-1-a"/);
    assert.ok(page.includes('href="#cite-1-a"'), 'the source list links back to the note');
  });
});
