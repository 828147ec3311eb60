// Every built page as crawlers and link previews see it, checked in Chromium against the built site.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { samplePages } from '../../scripts/lib/built-pages.ts';
import { amountsIn, base, builtPages, dist, noindexFiles, pngSize } from './seo-support.ts';
import { role, withSampledRoles } from './support/content.ts';

const roleIdOf = (file: string) => /^roles\/([^/]+)\//.exec(file)![1]!;

type Json = Record<string, any>;

// Every page of each type; of the pages generated per pair or per technology, a sample (the build's SEO
// check reads every page).
// The build's SEO check reads every page; here, role pages of the sampled roles (one layout).
const pages = withSampledRoles(samplePages(builtPages(), (page) => statSync(resolve(dist, page.file)).size));
const rolePages = pages.filter((p) => /^roles\/[^/]+\/index\.html$/.test(p.file));
const guidePages = pages.filter((p) => /^guides\/[^/]+\/index\.html$/.test(p.file));

/** What the page's head and visible chrome say, read in the browser. */
async function readPage(page: Page) {
  return page.evaluate(() => {
    const all = (selector: string) => [...document.querySelectorAll(selector)];
    const meta: Record<string, string[]> = {};
    for (const el of all('head meta[content]')) {
      const key = el.getAttribute('property') ?? el.getAttribute('name');
      if (key) (meta[key] ??= []).push(el.getAttribute('content') ?? '');
    }
    const form = document.querySelector<HTMLFormElement>('form[role="search"]');
    return {
      lang: document.documentElement.lang,
      titles: all('head title').map((el) => el.textContent ?? ''),
      descriptions: meta.description ?? [],
      canonicals: all('head link[rel="canonical"]').map((el) => el.getAttribute('href') ?? ''),
      h1s: all('h1').map((el) => (el.textContent ?? '').trim()),
      meta,
      feeds: all('head link[rel="alternate"][type="application/rss+xml"]').map((el) => el.getAttribute('href') ?? ''),
      jsonLd: all('script[type="application/ld+json"]').map((el) => el.textContent ?? ''),
      breadcrumbs: all('nav[aria-label="Breadcrumb"] li').map((li) => ({
        label: (li.textContent ?? '').trim(),
        href: li.querySelector('a')?.href,
      })),
      search: form && { action: form.action, field: form.querySelector('input[type="search"]')?.getAttribute('name') },
    };
  });
}

async function open(page: Page, path: string) {
  const response = await page.goto(path);
  if (!path.endsWith('/404/')) expect(response?.ok(), `${path} should load`).toBe(true);
  return readPage(page);
}

const parsed = (texts: string[]) => texts.map((text) => JSON.parse(text) as Json);
const ofType = (nodes: Json[], type: string) => nodes.filter((n) => n['@type'] === type);
const pathOf = (url: string) => new URL(url).pathname;

/**
 * Parses XML with Chromium's DOMParser: the parser's error if it is not well-formed, the root
 * element's name, and each `record` element as { child name: text }.
 */
async function parseXml(page: Page, xml: string, record: string) {
  return page.evaluate(
    ([text, tag]) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      const records = [...doc.getElementsByTagName(tag)].map((el) =>
        Object.fromEntries([...el.children].map((child) => [child.localName, child.textContent ?? ''])),
      );
      return { error: error?.textContent ?? null, root: doc.documentElement.localName, records };
    },
    [xml, record] as const,
  );
}

async function fetchText(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

test.describe('every built page', () => {
  test('the site has pages to check', () => {
    expect(rolePages.length).toBeGreaterThan(0);
    expect(guidePages.length).toBeGreaterThan(0);
  });

  // One visit per page, its checks as steps: a page load per check tripled the time without finding more.
  for (const built of pages) {
    test(`${built.file}: head, preview image, JSON-LD and breadcrumbs`, async ({ page, request }) => {
      const facts = await open(page, built.path);
      await test.step('has one title, description, canonical and h1, and html lang', async () => {
        expect(facts.lang).toBe('en');
        expect(facts.titles).toHaveLength(1);
        expect(facts.descriptions).toHaveLength(1);
        expect(facts.canonicals).toHaveLength(1);
        expect(facts.h1s).toHaveLength(1);
        expect(facts.titles[0]!.length).toBeGreaterThan(0);
        expect([...facts.descriptions[0]!].length).toBeGreaterThanOrEqual(50);
        expect([...facts.descriptions[0]!].length).toBeLessThanOrEqual(160);
        expect(pathOf(facts.canonicals[0]!)).toBe(built.path);
        const noindex = (facts.meta.robots ?? []).some((c) => c.includes('noindex'));
        expect(noindex, 'noindex exactly on the 404 and search pages and brief profiles').toBe(
          noindexFiles.includes(built.file),
        );
      });

      await test.step('has Open Graph and Twitter tags and a 1200×630 preview image', async () => {
        const { meta, canonicals, titles, descriptions, feeds } = facts;
        const one = (name: string) => {
          expect(meta[name], name).toHaveLength(1);
          return meta[name]![0]!;
        };
        expect(one('og:title')).toBe(titles[0]);
        expect(one('og:description')).toBe(descriptions[0]);
        expect(['website', 'article']).toContain(one('og:type'));
        expect(one('og:url')).toBe(canonicals[0]);
        expect(one('twitter:card')).toBe('summary_large_image');
        expect(one('og:image:alt').length).toBeGreaterThan(20);
        const image = one('og:image');
        expect(new URL(image).origin, 'og:image is absolute on the canonical host').toBe(
          new URL(canonicals[0]!).origin,
        );
        const slug = built.file.split('/')[1];
        if (rolePages.includes(built)) {
          expect(pathOf(image)).toBe(`${base}og/roles/${slug}.png`);
          // The card leads with the same pay figure as the page's "At a glance" box; its alt text says so.
          const pay = page.locator('.glance dd strong').first();
          expect(one('og:image:alt')).toContain(
            (await pay.count()) > 0 ? await pay.textContent() : 'No sourced figure yet',
          );
          expect(one('og:image:alt')).toContain(facts.h1s[0]);
        }
        if (guidePages.includes(built)) expect(pathOf(image)).toBe(`${base}og/guides/${slug}.png`);

        const response = await request.get(pathOf(image));
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toContain('image/png');
        const size = pngSize(await response.body());
        expect(size).toEqual({ width: 1200, height: 630 });
        expect([one('og:image:width'), one('og:image:height')]).toEqual([String(size.width), String(size.height)]);

        expect(feeds.map(pathOf)).toEqual([`${base}rss.xml`]);
      });

      await test.step('has JSON-LD that parses, WebSite search and breadcrumbs that match the page', async () => {
        expect(facts.jsonLd.length).toBeGreaterThan(0);
        const nodes = parsed(facts.jsonLd);
        for (const node of nodes) expect(node['@context']).toBe('https://schema.org');

        const [website, ...extra] = ofType(nodes, 'WebSite');
        expect(extra).toHaveLength(0);
        const template: string = website!.potentialAction.target.urlTemplate;
        expect(template.endsWith('={search_term_string}')).toBe(true);
        // The SearchAction sends the query where the header's search form does, in the same field.
        const target = new URL(template.replace('{search_term_string}', 'x'));
        expect(target.pathname).toBe(pathOf(facts.search!.action));
        expect([...target.searchParams.keys()]).toEqual([facts.search!.field]);

        const lists = ofType(nodes, 'BreadcrumbList');
        const nested = built.path !== base && !built.file.startsWith('404');
        expect(lists).toHaveLength(nested ? 1 : 0);
        expect(facts.breadcrumbs.length > 0).toBe(nested);
        if (!nested) return;
        const items = lists[0]!.itemListElement as Json[];
        expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
        expect(items.map((i) => i.name)).toEqual(facts.breadcrumbs.map((c) => c.label));
        // Linked crumbs point where the JSON-LD does; the current page's crumb is the page itself.
        expect(items.map((i) => pathOf(i.item))).toEqual(
          facts.breadcrumbs.map((c) => (c.href ? pathOf(c.href) : built.path)),
        );
      });
    });
  }
});

test.describe('role pages', () => {
  test('at least one role page shows salary figures to compare', async ({ page }) => {
    let rows = 0;
    for (const built of rolePages) {
      await page.goto(built.path);
      rows += await page.locator('section[aria-labelledby="salary"] tr[id^="figure-"]').count();
    }
    expect(rows).toBeGreaterThan(0);
  });

  for (const built of rolePages) {
    test(`${built.file}: Occupation agrees with the page, salary by salary`, async ({ page }) => {
      const facts = await open(page, built.path);
      const nodes = parsed(facts.jsonLd);
      const [occupation] = ofType(nodes, 'Occupation');
      expect(occupation).toBeDefined();
      expect(occupation!.name).toBe(facts.h1s[0]);
      expect(occupation!.description).toBe(await page.locator('.role-profile > header .lede').textContent());
      expect(occupation!.mainEntityOfPage.lastReviewed).toBe(
        await page.locator('.role-profile > header .page-dates > time').getAttribute('datetime'),
      );
      expect(occupation!.mainEntityOfPage['@id']).toBe(facts.canonicals[0]);

      const aliases = page.locator('.glance dt', { hasText: 'Also called' }).locator('xpath=following-sibling::dd');
      if (occupation!.alternateName)
        expect((occupation!.alternateName as string[]).join(', ')).toBe(await aliases.textContent());
      else await expect(aliases).toHaveCount(0);

      // Each official occupation is named on the page with its code: beside the pay it counts, or, for a
      // role whose occupation has no figures on the site yet, in the line that says so.
      for (const category of occupation!.occupationalCategory ?? []) {
        await expect(
          page
            .locator('section[aria-labelledby="salary"] .occupation-codes li, #no-official-statistic')
            .filter({ hasText: category.codeValue }),
        ).toContainText(category.name, { ignoreCase: true });
      }

      // The profile's own salary table: every row that is not superseded, with what it shows.
      const rows = await page.locator('section[aria-labelledby="salary"] tr[id^="figure-"]').evaluateAll((trs) =>
        trs.map((tr) => ({
          id: tr.id,
          superseded: tr.classList.contains('superseded'),
          context: tr.classList.contains('context'),
          amount: tr.querySelector('td strong')?.textContent ?? '',
          period: tr.querySelector('td .period')?.textContent ?? '',
          currency: /\(([A-Z]{3})\)/.exec(tr.querySelectorAll('td')[3]?.textContent ?? '')?.[1],
        })),
      );
      const estimates = (occupation!.estimatedSalary ?? []) as Json[];
      const rowOf = (estimate: Json) => rows.find((row) => row.id === new URL(estimate['@id']).hash.slice(1));
      // Issue 18: the estimate is the headline the "at a glance" box shows, then the role's own current
      // article figures; another official group's figure in the table is never offered as this role's pay.
      const headline = await page.evaluate(() =>
        document.querySelector('.glance [data-figure]')?.getAttribute('data-figure'),
      );
      const ownFigures = new Set((role(roleIdOf(built.file)).salaries ?? []).map((f) => `figure-${f.id}`));
      const current = rows.filter((r) => !r.superseded && !r.context);
      const expected = current.filter((r) => r.id === `figure-${headline}` || ownFigures.has(r.id));
      expect(estimates.map((e) => rowOf(e)?.id)[0], 'the headline figure comes first').toBe(
        expected.length ? `figure-${headline}` : undefined,
      );
      expect(estimates.map((e) => rowOf(e)?.id).sort(), "the headline and the role's own current figures").toEqual(
        expected.map((r) => r.id).sort(),
      );

      const periodOf: Record<string, string> = { P1Y: 'a year', P1M: 'a month', PT1H: 'an hour' };
      for (const estimate of estimates) {
        const row = rowOf(estimate)!;
        const types = [estimate['@type']].flat();
        expect(types).toContain('MonetaryAmountDistribution');
        expect(estimate.currency, row.id).toBe(row.currency);
        expect(periodOf[estimate.duration], row.id).toBe(row.period);
        const values = [estimate.median ?? estimate.value, estimate.minValue, estimate.maxValue].filter(
          (v) => v !== undefined,
        );
        expect(values, `${row.id}: the amounts the table shows`).toEqual(amountsIn(row.amount));
      }
      const regions = new Set(estimates.length ? (occupation!.occupationLocation as Json[]).map((p) => p.name) : []);
      for (const row of rows.filter((r) => !r.superseded)) {
        const region = await page
          .locator(`#${row.id} td`)
          .nth(3)
          .evaluate((td) => td.firstChild?.textContent?.trim());
        expect(regions.has(region!), `${row.id}: ${region} is an occupationLocation`).toBe(true);
      }
    });
  }
});

test('no page carries FAQPage data: Google stopped showing FAQ rich results in May 2026, the questions stay on the page', async ({
  page,
}) => {
  for (const built of rolePages) {
    const facts = await open(page, built.path);
    expect(ofType(parsed(facts.jsonLd), 'FAQPage'), built.file).toHaveLength(0);
  }
  await page.goto(`${base}roles/backend-developer/`);
  expect(await page.locator('section[aria-labelledby="faq"] .faq').count()).toBeGreaterThan(0);
});

test.describe('guide pages', () => {
  for (const built of guidePages) {
    test(`${built.file}: Article agrees with the page`, async ({ page }) => {
      const facts = await open(page, built.path);
      const [article] = ofType(parsed(facts.jsonLd), 'Article');
      expect(article).toBeDefined();
      expect(article!.headline).toBe(facts.h1s[0]);
      expect(article!.description).toBe(facts.descriptions[0]);
      expect(article!.image).toBe(facts.meta['og:image']![0]);
      expect(article!.dateModified).toBe(
        await page.locator('article header .page-dates > time').getAttribute('datetime'),
      );
      expect(article!.datePublished <= article!.dateModified).toBe(true);
      await expect(page.locator('article header .byline')).toHaveText(`By ${article!.author.name}`);
    });
  }
});

test.describe('sitemap, robots.txt and feed', () => {
  test('robots.txt names the sitemap on the configured site', async ({ request }) => {
    const robots = await fetchText(request, `${base}robots.txt`);
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBeDefined();
    expect(pathOf(sitemap!)).toBe(`${base}sitemap-index.xml`);
  });

  test('the sitemap is well-formed XML listing exactly the indexable built pages, with their dates', async ({
    page,
    request,
  }) => {
    // One visit per sampled page: their number, not the machine, sets the time.
    test.setTimeout(30_000 + pages.length * 2_000);
    await page.goto(base);
    const index = await parseXml(page, await fetchText(request, `${base}sitemap-index.xml`), 'sitemap');
    expect([index.error, index.root]).toEqual([null, 'sitemapindex']);
    expect(index.records.length).toBeGreaterThan(0);

    const entries: Record<string, string>[] = [];
    for (const file of index.records) {
      const sitemap = await parseXml(page, await fetchText(request, pathOf(file.loc!)), 'url');
      expect([sitemap.error, sitemap.root]).toEqual([null, 'urlset']);
      entries.push(...sitemap.records);
    }
    const listed = entries.map((e) => pathOf(e.loc!)).sort();
    const indexable = builtPages()
      .filter((p) => !noindexFiles.includes(p.file))
      .map((p) => p.path)
      .sort();
    expect(listed, 'every sitemap URL is a built page, and every indexable built page is listed').toEqual(indexable);

    // Each listed page's canonical URL and shown date, on the sampled pages (a visit each).
    const sampled = new Set(pages.map((p) => p.path));
    for (const entry of entries.filter((e) => sampled.has(pathOf(e.loc!)))) {
      const facts = await open(page, pathOf(entry.loc!));
      expect(entry.loc, 'the sitemap lists canonical URLs').toBe(facts.canonicals[0]);
      expect(entry.lastmod, `${entry.loc} has a lastmod`).toBeDefined();
      const shown = page.locator('.page-dates time').first();
      if ((await shown.count()) > 0)
        expect(entry.lastmod!.slice(0, 10), `${entry.loc}: lastmod is the date the page shows`).toBe(
          await shown.getAttribute('datetime'),
        );
    }
  });

  test('the RSS feed is well-formed and lists every guide', async ({ page, request }) => {
    await page.goto(base);
    const feed = await parseXml(page, await fetchText(request, `${base}rss.xml`), 'item');
    expect([feed.error, feed.root]).toEqual([null, 'rss']);
    const items = feed.records;
    expect(items.map((i) => pathOf(i.link!)).sort()).toEqual(guidePages.map((p) => p.path).sort());
    for (const item of items) {
      await page.goto(pathOf(item.link!));
      await expect(page.locator('h1')).toHaveText(item.title!);
    }
  });
});
