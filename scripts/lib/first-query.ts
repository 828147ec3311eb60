// What a reader's first search costs in bytes: load Pagefind in a real Chromium on a built site and
// run one query, counting every byte transferred (gzip, as a host would send it) from that moment on.
import { chromium } from 'playwright';
import { chromiumArgs } from '../../playwright.config.ts';
import { chromePath } from './chromium-path.ts';
import { serveStatic } from './static-server.ts';

export interface FirstQuery {
  bytes: number;
  requests: number;
  results: number;
}

/**
 * Bytes fetched by Pagefind to answer `term` and show its first `shown` results (the Pagefind UI
 * shows five at first): its script, worker and WebAssembly, the index metadata, the index chunks the
 * term needs, and one fragment per result shown.
 */
export async function firstQueryBytes(siteDir: string, term = 'developer', shown = 5): Promise<FirstQuery> {
  const server = await serveStatic(siteDir);
  const browser = await chromium.launch({ executablePath: chromePath(), args: chromiumArgs });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/search/`);
    await page.waitForLoadState('networkidle');
    const counted: Promise<number>[] = [];
    context.on('requestfinished', (request) =>
      counted.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)),
    );
    const results = await page.evaluate(
      async ({ term, shown }) => {
        const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
        await pagefind.init();
        const search = await pagefind.search(term);
        await Promise.all(search.results.slice(0, shown).map((r: { data(): Promise<unknown> }) => r.data()));
        return search.results.length as number;
      },
      { term, shown },
    );
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(counted);
    return { bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length, results };
  } finally {
    await browser.close();
    await server.close();
  }
}
