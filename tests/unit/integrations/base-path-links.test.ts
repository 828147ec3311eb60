// Site-root links written in Markdown get the base path, so content works on a GitHub Pages
// project site (served from /<repository>/), through the same parser Astro uses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult } from 'satteri';
import { basePathLinks } from '../../../src/integrations/base-path-links.ts';

// Without async plugins Sätteri answers synchronously.
const html = (markdown: string, base: string) =>
  (markdownToHtml(markdown, { hastPlugins: [basePathLinks(base)] }) as MarkdownToHtmlResult).html;

test('links and images from the site root get the base path', () => {
  assert.match(
    html('[salary](/roles/backend-developer/#salary)', '/career-atlas/'),
    /href="\/career-atlas\/roles\/backend-developer\/#salary"/,
  );
  assert.match(html('![A chart](/images/chart.png)', '/career-atlas'), /src="\/career-atlas\/images\/chart\.png"/);
});

test('other addresses are left alone', () => {
  const out = html(
    '[a](https://www.bls.gov/ooh/) [b](//cdn.example.org/x) [c](#faq) [d](/career-atlas/roles/)',
    '/career-atlas/',
  );
  assert.match(out, /href="https:\/\/www\.bls\.gov\/ooh\/"/);
  assert.match(out, /href="\/\/cdn\.example\.org\/x"/);
  assert.match(out, /href="#faq"/);
  assert.match(out, /href="\/career-atlas\/roles\/"/);
});

test('nothing changes when the site is served from the root', () => {
  assert.match(html('[x](/roles/cto/)', '/'), /href="\/roles\/cto\/"/);
});

test('MDX bodies are rewritten too', () => {
  const { code } = mdxToJs('[x](/roles/cto/)', { hastPlugins: [basePathLinks('/career-atlas/')] }) as { code: string };
  assert.match(code, /href: "\/career-atlas\/roles\/cto\/"/);
});
