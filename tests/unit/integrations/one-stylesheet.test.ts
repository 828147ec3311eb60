import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { joinStylesheets, stylesheetLinks, withOneStylesheet } from '../../../src/integrations/one-stylesheet.ts';

/** A site in memory: pages and stylesheets by file. */
function site(files: Record<string, string>) {
  const removed: string[] = [];
  return {
    files,
    removed,
    pages: Object.keys(files).filter((f) => f.endsWith('.html')),
    read: (file: string) => files[file] ?? assert.fail(`no file ${file}`),
    write: (file: string, text: string) => void (files[file] = text),
    remove: (file: string) => void (removed.push(file), delete files[file]),
    fileOf: (href: string) => href.replace(/^\/atlas\//, ''),
  };
}

const page = (...hrefs: string[]) =>
  `<head>${hrefs.map((h) => `<link rel="stylesheet" href="${h}">`).join('\n')}</head><body></body>`;

describe('one stylesheet per page', () => {
  test('joins a page’s stylesheets in the order it links them, and links the joined file alone', () => {
    const s = site({
      'roles/a/index.html': page('/atlas/_astro/toc.css', '/atlas/_astro/base.css'),
      '_astro/toc.css': '.toc{color:red}',
      '_astro/base.css': '.toc{color:blue}/* last wins */',
    });
    assert.deepEqual(joinStylesheets(s), { joined: 1, removed: 2 });
    const links = stylesheetLinks(s.files['roles/a/index.html']!);
    assert.equal(links.length, 1);
    const joined = s.files[s.fileOf(links[0]!.href)]!;
    assert.equal(joined, '.toc{color:red}\n.toc{color:blue}/* last wins */\n', 'the cascade keeps its order');
    assert.match(links[0]!.href, /^\/atlas\/_astro\/page\.[\w-]{10}\.css$/);
  });

  test('pages that link the same set share one file; a stylesheet another page still links alone stays', () => {
    const s = site({
      'roles/a/index.html': page('/atlas/_astro/role.css', '/atlas/_astro/base.css'),
      'roles/b/index.html': page('/atlas/_astro/role.css', '/atlas/_astro/base.css'),
      'glossary/index.html': page('/atlas/_astro/base.css'),
      '_astro/role.css': '.r{}',
      '_astro/base.css': '.b{}',
    });
    assert.deepEqual(joinStylesheets(s), { joined: 1, removed: 1 });
    const [a] = stylesheetLinks(s.files['roles/a/index.html']!);
    const [b] = stylesheetLinks(s.files['roles/b/index.html']!);
    assert.equal(a!.href, b!.href);
    assert.deepEqual(s.removed, ['_astro/role.css']);
    assert.ok(s.files['_astro/base.css'], 'the glossary still links it');
  });

  test('the joined link stands where the first one stood; the rest of the page is untouched', () => {
    const html =
      '<meta charset="utf-8"><link rel="stylesheet" href="/a.css"><title>x</title><link rel="stylesheet" href="/b.css">';
    assert.equal(
      withOneStylesheet(html, '/ab.css'),
      '<meta charset="utf-8"><link rel="stylesheet" href="/ab.css"><title>x</title>',
    );
  });
});
