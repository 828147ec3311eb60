// Performance budgets on the built site: bytes, requests and layout stability, never timings.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page, type Request } from '@playwright/test';
import { fileFor, htmlFiles, largestPage, pageTypes, sectionPages } from '../../scripts/lib/built-pages.ts';
import { searchFacets } from '../../src/lib/search/search-filters.ts';
import { inlineCodeHashes } from '../../src/lib/page/security-policy.ts';
import { sampledRoleIds } from './support/content.ts';
import { rolePath } from './support/dist.ts';

const dist = resolve('dist');
/** HTML plus CSS of a role or compare page, gzip-compressed. */
const roleBudgetBytes = 30 * 1024;

const gzipSize = (bytes: Buffer | string) => gzipSync(bytes).length;

/** The stylesheets a page links, as files in dist/. */
function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => {
    const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
    if (!href || /^[a-z]+:\/\//i.test(href)) throw new Error(`stylesheet ${href} is not a file of the site`);
    return join(dist, href);
  });
}

/** Anything the browser would execute or compile: scripts, modules, workers, WebAssembly, search. */
const scriptLike = (request: Request) =>
  ['script'].includes(request.resourceType()) ||
  /\.(m?js|wasm)(\?|$)|\/pagefind\//.test(new URL(request.url()).pathname);

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

test.describe('byte budgets', () => {
  test(`every role and compare page weighs at most ${roleBudgetBytes / 1024} KB of HTML + CSS, gzipped`, () => {
    const over: string[] = [];
    const paths = [...sectionPages(dist, 'roles'), ...sectionPages(dist, 'compare')];
    expect(paths.some((path) => path.startsWith('/compare/'))).toBe(true);
    for (const path of paths) {
      const html = readFileSync(fileFor(dist, path), 'utf8');
      const css = linkedStylesheets(html).map((file) => gzipSize(readFileSync(file)));
      const total = gzipSize(html) + css.reduce((a, b) => a + b, 0);
      if (total > roleBudgetBytes)
        over.push(`${path}: ${total} bytes (HTML ${gzipSize(html)}, CSS ${css.join(' + ')})`);
    }
    expect(over, 'role and compare pages over the budget').toEqual([]);
  });

  test('every page links at most one render-blocking stylesheet, and none under 1 KB (issue 19)', () => {
    const wrong = htmlFiles(dist).flatMap((file) => {
      const sheets = linkedStylesheets(readFileSync(join(dist, file), 'utf8'));
      const small = sheets.filter((sheet) => readFileSync(sheet).length < 1024);
      return sheets.length > 1 || small.length > 0
        ? [`${file}: ${sheets.length} stylesheets, ${small.length} under 1 KB`]
        : [];
    });
    expect(wrong).toEqual([]);
  });

  test('no page declares a web font: the site uses system fonts', () => {
    const withFonts = htmlFiles(dist).filter((file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      const css = linkedStylesheets(html).map((f) => readFileSync(f, 'utf8'));
      return [html, ...css].some((text) => /@font-face/i.test(text));
    });
    expect(withFonts).toEqual([]);
  });
});

// The room under the budget comes from cheap bytes taken out of every page; each of these keeps one out.
test.describe('headroom: bytes a page no longer carries', () => {
  const pages = htmlFiles(dist).map((file) => ({ file, html: readFileSync(join(dist, file), 'utf8') }));
  const offenders = (found: (html: string) => boolean) => pages.filter(({ html }) => found(html)).map((p) => p.file);

  test('scoped styles mark no element with a data-astro-cid attribute (scopedStyleStrategy: class)', () => {
    expect(offenders((html) => /\sdata-astro-cid-/.test(html))).toEqual([]);
  });

  test('no page carries an inline <style>: styles come in cacheable stylesheets', () => {
    expect(offenders((html) => /<style[\s>]/.test(html))).toEqual([]);
  });

  test('the search data Pagefind reads is not published: the index has it, the page does not', () => {
    expect(offenders((html) => /data-search-record|data-pagefind-(filter|meta|sort)/.test(html))).toEqual([]);
    // Pagefind did read it: one filter file per facet, and only that block names facets.
    expect(readdirSync(join(dist, 'pagefind', 'filter')).length).toBeGreaterThanOrEqual(searchFacets.length);
  });

  test('a page’s policy lists the hashes of its own inline code and no other', () => {
    const extra = pages.flatMap(({ file, html }) => {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
      const own = inlineCodeHashes(html);
      return [...policy.matchAll(/'sha\d+-[^']+'/g)]
        .map((m) => m[0])
        .filter((h) => !own.has(h))
        .map((h) => `${file}: ${h}`);
    });
    expect(extra).toEqual([]);
  });

  // gzip only finds repeated text within the last 32 KB it has read.
  test('structured data sits within reach of the visible text it repeats', () => {
    const window = 32 * 1024;
    expect(
      offenders((html) =>
        [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].some((block) => {
          const start = block.index;
          const end = start + block[0].length;
          // A role's Occupation opens its data sections: the duties, pay and skills it lists follow it.
          if ((JSON.parse(block[1]!) as { '@type'?: unknown })['@type'] === 'Occupation') {
            const duties = html.indexOf('id="duties"', end);
            return html.indexOf('</main>') < start || (duties !== -1 && duties - end > window);
          }
          // The rest (questions, breadcrumbs, articles) follow the page's text.
          return start < html.indexOf('</main>');
        }),
      ),
    ).toEqual([]);
  });
});

// The one script a document page carries is the search box's keyboard shortcut (/ and Ctrl/Cmd+K, which
// the search issue asks for on every page): a listener, no search code. Everything else waits for search.
const shortcutModule = /\/_astro\/(HeaderSearch\.astro_astro_type_script_index_0_lang|preload-helper)\.[\w-]+\.js$/;
/** The shortcut module and the Vite preload helper it imports, gzip-compressed: 1,584 bytes in December 2026. */
const shortcutBudgetBytes = 1.75 * 1024;

test.describe('role, guide, technology and compare pages load no JavaScript until the reader uses search', () => {
  // Every guide and a sample of roles; technology and compare pages share one template each, so their largest stands for all.
  const paths = [
    ...sampledRoleIds().map(rolePath),
    ...sectionPages(dist, 'guides'),
    largestPage(dist, 'technologies'),
    largestPage(dist, 'compare'),
  ];
  for (const path of paths) {
    test(path, async ({ page }) => {
      const requested: string[] = [];
      const shortcut: string[] = [];
      page.on('request', (request) => {
        if (!scriptLike(request)) return;
        (shortcutModule.test(new URL(request.url()).pathname) ? shortcut : requested).push(request.url());
      });
      await page.goto(path);
      await settle(page);
      // Reading the page (scrolling, hovering links) is not using search.
      await page.mouse.wheel(0, 4000);
      await page.locator('main a').first().hover();
      await settle(page);
      expect(requested).toEqual([]);
      const shortcutBytes = shortcut
        .map((url) => gzipSize(readFileSync(join(dist, new URL(url).pathname))))
        .reduce((sum, n) => sum + n, 0);
      expect(
        shortcutBytes,
        `the shortcut module stays within ${shortcutBudgetBytes / 1024} KB gzipped`,
      ).toBeLessThanOrEqual(shortcutBudgetBytes);
    });
  }
});

for (const { type, path } of pageTypes(dist)) {
  test.describe(`${type} page (${path})`, () => {
    test('requests nothing from another origin and no font', async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const fonts: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
        if (request.resourceType() === 'font') fonts.push(request.url());
      });
      await page.goto(path);
      await settle(page);
      await page.mouse.wheel(0, 100_000);
      await settle(page);
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(fonts, 'font downloads').toEqual([]);
    });

    for (const width of [390, 1280]) {
      test(`does not shift its layout while loading, at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.addInitScript(() => {
          const shifts: { value: number; sources: string[] }[] = [];
          (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as {
              value: number;
              hadRecentInput: boolean;
              sources?: { node?: Node }[];
            }[]) {
              if (entry.hadRecentInput) continue;
              const sources = (entry.sources ?? []).map((s) =>
                s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName),
              );
              shifts.push({ value: entry.value, sources });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(path);
        await settle(page);
        await page.waitForTimeout(300);
        const shifts = await page.evaluate(
          () => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts,
        );
        expect(shifts, 'layout shifts (value and the elements that moved)').toEqual([]);
      });
    }
  });
}
