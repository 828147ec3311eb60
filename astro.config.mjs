// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { basePathLinks } from './src/integrations/base-path-links.ts';
import { citationNotes } from './src/integrations/citation-notes.ts';
import { contentPages } from './src/integrations/content-pages.ts';
import { filesAfterPages } from './src/integrations/files-after-pages.ts';
import { finishPages } from './src/integrations/finish-pages.ts';
import { withoutHarmlessLogs } from './src/integrations/harmless-build-logs.ts';
import pagefind from './src/integrations/pagefind.ts';
import { previewImages } from './src/integrations/preview-images.ts';
import { dataPaths } from './src/lib/open-data/download-paths.ts';
import { astroCsp } from './src/lib/page/security-policy.ts';
import { sitemapPolicy } from './src/sitemap-policy.ts';

// The public address of the site: canonical URLs, the sitemap and feeds are built from it.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH ?? '/';
// Each content page's built path and review/update date, read from content/ once per build.
const pages = contentPages(process.env.CONTENT_DIR ?? 'content', process.cwd());
// One read and write of each built page: one stylesheet, each page's own CSP hashes, the SEO check, _headers;
// it finds the pages that carry noindex (a brief role profile decides so from its data), which the sitemap
// leaves out. The search index is built after Astro's process ends (scripts/search-index.ts), which then takes
// the search records out of the pages.
const finish = finishPages(base, pages);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Scoped styles mark elements with a short class instead of a data-astro-cid-* attribute on each.
  scopedStyleStrategy: 'class',
  // Styles go in cacheable stylesheets, never inline: an inline <style> is paid on every page view
  // and every one in the build adds a hash to every page's Content Security Policy.
  build: { inlineStylesheets: 'never' },
  integrations: [
    // Static parts of each profile compile to one HTML string rather than a tree of calls: the same pages
    // byte for byte, with smaller modules for the bundler to hold (issue 19: at 1,000 roles its peak at the
    // end of bundling fell by about 100 MB). Safe while the MDX components map no plain HTML element
    // (tests/unit/tooling/mdx-optimize.test.ts).
    mdx({ optimize: true }),
    previewImages(),
    // figures.json and figures.csv, written a role at a time once the pages are (src/lib/open-data/files-after-pages.ts).
    filesAfterPages([dataPaths.figuresJson, dataPaths.figuresCsv]),
    // Search in `astro dev`, from the last build's index.
    pagefind(),
    // build:done hooks run in this order: finishing the pages comes before the sitemap, which reads the noindex
    // pages it found.
    finish.integration,
    sitemap(sitemapPolicy(pages, base, finish.noindexFiles, finish.dates)),
  ],
  // Content Security Policy in every page's <meta>, with hashes of Astro's inline scripts and styles.
  security: { csp: astroCsp },
  markdown: {
    // Site-root links written in Markdown get the base path, as components' links do; each <Cite> gets
    // its note number and id (src/integrations/citation-notes.ts).
    processor: satteri({ mdastPlugins: [citationNotes], hastPlugins: [basePathLinks(base)] }),
    // Prism marks code with classes; Shiki's inline style attributes would break the CSP.
    syntaxHighlight: 'prism',
  },
  vite: {
    // One warning per MDX page about Astro's own "use astro:head-inject" directive is silenced at the source.
    build: { rolldownOptions: { onLog: withoutHarmlessLogs } },
    // The code that renders the pages is written with non-ASCII characters escaped: V8 keeps each module's
    // source while it is loaded, and one curly quote makes it store the whole text at two bytes a character.
    // A role's compiled profile is about 57 KB, so this saves about that much a role (the README's tenth pass).
    environments: { prerender: { build: { rolldownOptions: { output: { charset: 'ascii' } } } } },
  },
  server: { host: '127.0.0.1', port: 4321 },
});
