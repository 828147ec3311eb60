// The security policy, enforced by real Chromium on the built site served the way a static host
// serves it: dist/_headers applied (astro preview ignores that file), plus each page's CSP <meta>.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { htmlFiles, pageTypes } from '../../scripts/lib/built-pages.ts';
import { buildSearchIndex } from '../../src/lib/search/build-search-index.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const dist = resolve('dist');
let server: StaticServer;
test.beforeAll(async () => {
  server = await serveStatic(dist);
});
test.afterAll(async () => {
  await server?.close();
});

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Collect CSP violations from the first moment of every document the page loads. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const list: unknown[] = [];
    (window as unknown as { __violations: unknown[] }).__violations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations),
  };
}

const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];

test.describe('Content Security Policy', () => {
  for (const { type, path } of pageTypes(dist)) {
    test(`the ${type} page (${path}) runs without a single violation or console error`, async ({ page }) => {
      const watch = await watchViolations(page);
      const response = await page.goto(server.url + path);
      expect(response?.headers()['content-security-policy'], 'CSP header from _headers').toContain(
        "frame-ancestors 'none'",
      );
      await page.waitForLoadState('networkidle');
      // Using the search box is where script arrives (Pagefind and its WebAssembly): exercise it.
      // The search page's own box, else the header's (by id: once enhanced it becomes a combobox).
      const primary = page.locator('[data-search-primary]');
      const search = (await primary.count()) ? primary.first() : page.locator('#site-search');
      if (await search.count()) {
        await search.focus();
        await search.pressSequentially('backend');
        await page.waitForLoadState('networkidle');
      }
      expect(await watch.violations(), 'CSP violations').toEqual([]);
      expect(watch.errors, 'console errors').toEqual([]);
    });
  }

  test('the search page works with a query in its address', async ({ page }) => {
    const watch = await watchViolations(page);
    await page.goto(`${server.url}/search/?q=postgres`);
    await page.waitForLoadState('networkidle');
    expect(await watch.violations()).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  test("Pagefind's search (worker and WebAssembly) runs under the policy", async ({ page }) => {
    // The built site's own index when the build writes one; otherwise a copy indexed here, so the
    // policy is checked against Pagefind's real script, worker and WebAssembly either way.
    let site = dist;
    let copy: string | undefined;
    if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
      copy = mkdtempSync(join(tmpdir(), 'csp-pagefind-'));
      cpSync(dist, copy, { recursive: true });
      await buildSearchIndex(copy);
      site = copy;
    }
    const indexed = await serveStatic(site);
    try {
      const watch = await watchViolations(page);
      await page.goto(`${indexed.url}/search/`);
      const found = await page.evaluate(async () => {
        const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
        await pagefind.init();
        const search = await pagefind.search('developer');
        const first = await search.results[0]?.data();
        return { count: search.results.length as number, url: first?.url as string | undefined };
      });
      expect(found.count).toBeGreaterThan(0);
      expect(found.url).toMatch(/^\/(roles|guides)\//);
      expect(await watch.violations()).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await indexed.close();
      if (copy) rmSync(copy, { recursive: true, force: true });
    }
  });

  test('blocks a script injected into a page', async ({ page }) => {
    const watch = await watchViolations(page);
    await page.goto(`${server.url}/`);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      await new Promise((done) => setTimeout(done, 50));
      return (window as unknown as { __injected?: boolean }).__injected ?? false;
    });
    expect(ran).toBe(false);
    // The violation event is queued as a task of its own, so it may come after the 50 ms above.
    await expect.poll(async () => (await watch.violations()).map((v) => v.directive)).toContain('script-src-elem');
  });

  test('refuses to be framed by another page', async ({ page }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors/.test(message.text())) refused.push(message.text());
    });
    await page.setContent(`<iframe src="${server.url}/" title="framed"></iframe>`);
    // Wait for what a refusal looks like: Chromium reports it, and the frame's navigation ends on the
    // browser's own error page (which has a heading of its own, so counting headings proves nothing).
    await expect
      .poll(() => refused.length, { message: 'Chromium reports the frame-ancestors refusal' })
      .toBeGreaterThan(0);
    const framed = await (await page.locator('iframe').elementHandle())!.contentFrame();
    expect(framed, 'the iframe has a frame').not.toBeNull();
    await expect
      .poll(() => framed!.url(), { message: "the frame ends on Chromium's error page, not the site" })
      .toMatch(/^chrome-error:/);
    await expect(framed!.locator('#main'), "the site's page must not render in the frame").toHaveCount(0);
  });

  test('every response carries the security headers', async ({ request }) => {
    for (const path of ['/', '/roles/', '/_astro/', '/favicon.svg', '/sitemap-index.xml']) {
      const headers = (await request.get(server.url + path)).headers();
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy'], path).toContain('camera=()');
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
  });
});

test.describe('every built page, as written', () => {
  const pages = htmlFiles(dist).map((file) => ({ file, html: readFileSync(join(dist, file), 'utf8') }));

  test('carries a CSP <meta> whose scripts are only our own files and hashed inline code', () => {
    const wrong = pages.flatMap(({ file, html }) => {
      const policy = policyOf(html);
      if (!policy) return [`${file}: no CSP <meta>`];
      const script = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      const sources = script.trim().split(/\s+/);
      const bad = sources.filter(
        (s) => !["'self'", "'wasm-unsafe-eval'"].includes(s) && !/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s),
      );
      return bad.length > 0 ? [`${file}: script-src allows ${bad.join(' ')}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  test('has no inline style attribute, event handler or javascript: URL (the CSP would block them)', () => {
    const found = pages.flatMap(({ file, html }) =>
      [...html.matchAll(/<[a-z][^>]*?\s(style|on[a-z]+)=|\b(?:href|src)="\s*javascript:/gi)].map(
        (m) => `${file}: ${m[0].slice(0, 80)}`,
      ),
    );
    expect(found).toEqual([]);
  });

  test('states its referrer policy for hosts that ignore _headers', () => {
    const missing = pages.filter(
      ({ html }) => !/<meta name="referrer" content="strict-origin-when-cross-origin"/.test(html),
    );
    expect(missing.map((p) => p.file)).toEqual([]);
  });
});
