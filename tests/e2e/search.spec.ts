import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { siteConfig } from '../../src/site.config.ts';
import { readdirSync } from 'node:fs';
import { families, guides, regionsOf, role, roles, technologies, technologiesOf } from './content-facts.ts';

const backend = role('backend-developer');
const status = (page: Page) => page.locator('#search-status');
const resultTitles = (page: Page) => page.locator('#search-results .result-link');
const facet = (page: Page, legend: string) =>
  page.locator('fieldset.facet').filter({ has: page.locator('legend', { hasText: legend }) });

/** The facet value's checkbox and its count, as the reader sees them. */
async function facetCount(page: Page, legend: string, value: string): Promise<number> {
  const label = facet(page, legend)
    .locator('label')
    .filter({ has: page.locator('.facet-value', { hasText: new RegExp(`^${escape(value)}$`) }) });
  return Number.parseInt((await label.locator('.facet-count').textContent()) ?? '', 10);
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Types a query into the search page's box and waits for its results to be announced. */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.locator('#search-input').fill(query);
  await expect(status(page)).toHaveText(new RegExp(`(results?|No results) for “${escape(query)}”`));
}

async function firstResult(page: Page, query: string): Promise<string | null> {
  await searchFor(page, query);
  return resultTitles(page).first().textContent();
}

test.describe('index', () => {
  test('holds the role, guide, technology and comparison pages and nothing else, asked with no filter', async ({
    page,
  }) => {
    await page.goto('/search/');
    // Pagefind's own answer to an empty query with no filter is every record the index holds.
    const indexed = await page.evaluate(async () => {
      const bundle = '/pagefind/pagefind.js';
      const pagefind = await import(bundle);
      const { results } = await pagefind.search(null);
      return Promise.all(results.map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
    });
    const expected = [
      ...roles.map((r) => `/roles/${r.id}/`),
      ...guides.map((g) => `/guides/${g.id}/`),
      // Technology and comparison pages are generated from the data (O*NET's technologies among them): each built one.
      ...readdirSync('dist/technologies')
        .filter((f) => !f.endsWith('.html'))
        .map((id) => `/technologies/${id}/`),
      ...readdirSync('dist/compare')
        .filter((f) => !f.endsWith('.html'))
        .map((pair) => `/compare/${pair}/`),
    ];
    expect(new Set(expected).size, 'the expected pages are distinct').toBe(expected.length);
    expect((indexed as string[]).sort()).toEqual(expected.sort());
  });

  test('with the Role and Guide filters on, lists every role and guide page and nothing else', async ({ page }) => {
    await page.goto('/search/?type=Role&type=Guide');
    const total = roles.length + guides.length;
    await expect(status(page)).toHaveText(`${total} pages match the filters`);
    for (let shown = 10; shown < total; shown += 10) {
      await page.locator('#search-more').click();
      await expect(resultTitles(page)).toHaveCount(Math.min(total, shown + 10));
    }
    const urls = await resultTitles(page).evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(urls.sort()).toEqual(
      [...roles.map((r) => `/roles/${r.id}/`), ...guides.map((g) => `/guides/${g.id}/`)].sort(),
    );
  });

  test('keeps the text of the page and skips its chrome: header, footer, contents, dates, bylines, links to other roles', async ({
    page,
  }) => {
    await page.goto('/search/');
    await expect(status(page)).toHaveText('');
    const indexed = await page.evaluate(
      async (urls) => {
        const bundle = '/pagefind/pagefind.js';
        const pagefind = await import(bundle);
        const all = await Promise.all(
          (await pagefind.search(null)).results.map((r: { data(): Promise<{ url: string; content: string }> }) =>
            r.data(),
          ),
        );
        return urls.map((url) => all.find((d) => d.url === url)?.content ?? '');
      },
      [`/roles/${backend.id}/`, `/guides/${guides[0]!.id}/`],
    );
    const [rolePage, guidePage] = indexed as [string, string];
    expect(rolePage).toContain(backend.data.title);
    expect(rolePage).toContain('blockchain');
    for (const chrome of [
      siteConfig.tagline,
      'Skip to content',
      'On this page',
      'Suggest an edit',
      'Last reviewed',
      'Next roles',
      'Back to contents',
    ]) {
      expect(rolePage, chrome).not.toContain(chrome);
    }
    // Note numbers are not indexed: the text around a citation reads on without a stray digit.
    expect(rolePage).not.toMatch(/[a-z]\d+ /);
    // Nor are the tables of figures, whose rows repeat the same regions, years and sources on every role;
    // the prose around them is.
    expect(rolePage).not.toContain(`${backend.data.title}: salary figures and their sources`);
    expect(rolePage).not.toContain('job outlook and its sources');
    expect(rolePage).toContain('Every figure below is shown as its source gives it');
    // The list of guides about the role shows each guide's description: the guide's words, not this page's.
    const about = guides.find((g) => g.data.roles?.includes(backend.id));
    expect(about, 'a guide is about the back-end developer').toBeDefined();
    expect(rolePage).not.toContain(about!.data.description);
    expect(guidePage).toContain(guides[0]!.data.title);
    expect(guidePage).not.toContain(`By ${guides[0]!.data.author}`);
    expect(guidePage).not.toContain(siteConfig.tagline);
  });
});

test.describe('ranking: the right page first', () => {
  test('each role’s title finds that role first', async ({ page }) => {
    await page.goto('/search/');
    for (const r of roles) expect(await firstResult(page, r.data.title), r.data.title).toBe(r.data.title);
  });

  test('other names find the role first: “server-side developer”, “backend engineer” and an alias of every role', async ({
    page,
  }) => {
    // One search per alias: the time this test needs grows with the content, not with the machine.
    test.setTimeout(30_000 + (roles.length + (backend.data.aliases ?? []).length) * 3_000);
    const aliases = backend.data.aliases ?? [];
    expect(aliases).toEqual(expect.arrayContaining(['Server-side developer', 'Backend engineer']));
    await page.goto('/search/');
    for (const query of ['server-side developer', 'backend engineer'])
      expect(await firstResult(page, query), query).toBe(backend.data.title);
    // An alias two roles share ("Web engineer", "Programmer analyst") finds one of them first.
    const titlesCalled = (alias: string) =>
      roles
        .filter((o) => (o.data.aliases ?? []).some((a) => a.toLowerCase() === alias.toLowerCase()))
        .map((o) => o.data.title);
    // Every alias of the back-end developer and the first of every other role: one search each, so a
    // sample (the ranking weights are the same for all; the alias metadata of each role is in the index test).
    const queries = [...aliases, ...roles.flatMap((r) => (r === backend ? [] : (r.data.aliases ?? []).slice(0, 1)))];
    for (const alias of queries) expect(titlesCalled(alias), alias).toContain(await firstResult(page, alias));
  });

  test('a word only a page’s body uses finds that page', async ({ page }) => {
    const term = 'extranet';
    const named = [...roles, ...guides].filter((p) => p.body.toLowerCase().includes(term));
    expect(
      named.map((p) => p.id),
      `only one page's MDX body names ${term}`,
    ).toEqual([backend.id]);
    const inMetadata = [backend.data.title, ...(backend.data.aliases ?? []), ...technologiesOf(backend)]
      .join(' ')
      .toLowerCase();
    expect(inMetadata).not.toContain(term);
    await page.goto('/search/');
    expect(await firstResult(page, term)).toBe(backend.data.title);
    await expect(page.locator('.result-excerpt mark').first()).toHaveText(new RegExp(term, 'i'));
  });

  test('a technology finds its own page first, then the roles that list it, with the word highlighted', async ({
    page,
  }) => {
    const users = roles.filter((r) => technologiesOf(r).includes('PostgreSQL'));
    expect(users.length).toBeGreaterThan(0);
    await page.goto('/search/');
    expect(await firstResult(page, 'PostgreSQL')).toBe('PostgreSQL: the roles that use it');
    await expect(page.locator('.result').first().locator('.result-type')).toHaveText('Technology');
    const titles = await resultTitles(page).allTextContents();
    for (const user of users) expect(titles.slice(0, 1 + users.length + 3)).toContain(user.data.title);
    const roleResult = page.locator('.result', { hasText: users[0]!.data.title }).first();
    await expect(roleResult.locator('.result-excerpt mark').first()).toHaveText(/postgresql/i);
  });

  test('a salary word finds the salary guide first', async ({ page }) => {
    const salaryGuide = guides.find((g) => g.data.tags?.includes('salary'));
    expect(salaryGuide, 'a guide tagged "salary"').toBeDefined();
    await page.goto('/search/');
    expect(await firstResult(page, 'salary')).toBe(salaryGuide!.data.title);
  });
});

test.describe('filters', () => {
  test('counts per page type and family match the content', async ({ page }) => {
    await page.goto('/search/');
    await expect(facet(page, 'Page type')).toBeVisible();
    expect(await facetCount(page, 'Page type', 'Role')).toBe(roles.length);
    expect(await facetCount(page, 'Page type', 'Guide')).toBe(guides.length);
    // Technology pages come from the data (O*NET merged with content/technologies.yaml): count the built ones.
    const technologyPages = readdirSync('dist/technologies', { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(await facetCount(page, 'Page type', 'Technology')).toBe(technologyPages.length);
    expect(await facetCount(page, 'Page type', 'Comparison')).toBe(
      readdirSync('dist/compare').filter((f) => !f.endsWith('.html')).length,
    );
    for (const family of families) {
      const members = roles.filter((r) => r.data.family === family.id).length;
      if (members > 0) expect(await facetCount(page, 'Role family', family.name), family.name).toBe(members);
    }
  });

  test('a filter narrows the results, and counts stay right for what ticking each box would give', async ({ page }) => {
    await page.goto('/search/?q=developer');
    await expect(status(page)).toHaveText(/results? for “developer”/);
    const before = Number.parseInt((await status(page).textContent()) ?? '', 10);
    const roleCount = await facetCount(page, 'Page type', 'Role');
    const guideCount = await facetCount(page, 'Page type', 'Guide');
    const otherTypes = await facet(page, 'Page type')
      .locator('label')
      .filter({ hasNot: page.locator('.facet-value', { hasText: /^(Role|Guide)$/ }) })
      .locator('.facet-count')
      .allTextContents();
    expect(roleCount + guideCount + otherTypes.reduce((sum, n) => sum + Number.parseInt(n, 10), 0)).toBe(before);

    await facet(page, 'Page type').getByLabel(/^Role/).check();
    await expect(status(page)).toHaveText(`${roleCount} results for “developer” with 1 filter`);
    expect(roleCount).toBeLessThan(before);
    await expect(page.locator('.result-type')).toHaveText(Array(Math.min(roleCount, 10)).fill('Role'));
    // Values in the same facet are alternatives: the Guide count still says what adding it gives.
    expect(await facetCount(page, 'Page type', 'Guide')).toBe(guideCount);
    await expect(page).toHaveURL(/[?&]type=Role/);
  });

  test('the technology filter offers the names in content/technologies.yaml that some role lists', async ({ page }) => {
    const listed = [...new Set(roles.flatMap(technologiesOf))].sort();
    expect(listed.every((name) => technologies.some((t) => t.name === name))).toBe(true);
    await page.goto('/search/');
    const group = facet(page, 'Technology');
    await expect(group).toBeVisible();
    const more = group.getByRole('button', { name: /show all/i });
    if ((await more.count()) > 0) {
      await more.click();
      // Showing all redraws the facets after a search: read them once the button says it can fold them again.
      await expect(group.getByRole('button', { name: /show fewer/i })).toBeVisible();
    }
    const offered = await group.locator('.facet-value').allTextContents();
    expect(offered.sort()).toEqual(listed);
  });

  test('technology and salary-region filters list exactly the roles that have them', async ({ page }) => {
    const postgres = roles.filter((r) => technologiesOf(r).includes('PostgreSQL')).map((r) => r.data.title);
    await page.goto('/search/?technology=PostgreSQL');
    await expect(status(page)).toHaveText(
      `${postgres.length} ${postgres.length === 1 ? 'page' : 'pages'} match the filters`,
    );
    // Results render after the filter applies: poll rather than read once.
    await expect.poll(async () => (await resultTitles(page).allTextContents()).sort()).toEqual(postgres.sort());

    const france = roles.filter((r) => regionsOf(r).includes('France'));
    await page.goto('/search/');
    expect(await facetCount(page, 'Salary figures for', 'France')).toBe(france.length);
    await facet(page, 'Salary figures for')
      .getByLabel(/^France/)
      .check();
    await expect
      .poll(async () => (await resultTitles(page).allTextContents()).sort())
      .toEqual(france.map((r) => r.data.title).sort());
  });

  test('sorting by last update puts the newest page first', async ({ page }) => {
    const dates = async () => {
      await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
      return (await page.locator('.result-meta span:last-child').allTextContents()).map((text) =>
        Date.parse(/\w+ \d{1,2}, \d{4}$/.exec(text)?.[0] ?? ''),
      );
    };
    const newestFirst = (list: number[]) => [...list].sort((a, b) => b - a);
    await page.goto('/search/?q=salary');
    const byRelevance = await dates();
    expect(byRelevance, 'the best match for "salary" is not the newest page, so sorting shows').not.toEqual(
      newestFirst(byRelevance),
    );
    await page.getByLabel('Sort by').selectOption('updated');
    await expect(page).toHaveURL(/sort=updated/);
    const byDate = await dates();
    expect(byDate.length).toBe(byRelevance.length);
    expect(byDate).toEqual(newestFirst(byDate));
  });
});

test.describe('states and links', () => {
  test('gibberish shows the no-results state with suggestions', async ({ page }) => {
    await page.goto('/search/');
    await searchFor(page, 'qzxv wplk');
    await expect(status(page)).toHaveText('No results for “qzxv wplk”');
    const empty = page.locator('#search-empty');
    await expect(empty).toBeVisible();
    await expect(empty.getByRole('link', { name: `all ${roles.length} roles` })).toHaveAttribute('href', '/roles/');
    await expect(empty.getByRole('link', { name: backend.data.title })).toHaveAttribute('href', /\/search\/\?q=/);
  });

  test('a deep link restores query and filters, and the URL follows typing and Back', async ({ page }) => {
    await page.goto('/search/?q=postgres&type=Role');
    await expect(page.locator('#search-input')).toHaveValue('postgres');
    await expect(facet(page, 'Page type').getByLabel(/^Role/)).toBeChecked();
    await expect(status(page)).toHaveText(/for “postgres” with 1 filter/);
    // Every role whose profile or O*NET occupation lists PostgreSQL, and nothing but roles.
    await expect(page.locator('.result-type').first()).toHaveText('Role');
    for (const type of await page.locator('.result-type').allTextContents()) expect(type).toBe('Role');

    await page.goto('/search/');
    await page.locator('#search-input').pressSequentially('salary');
    await expect(page).toHaveURL(/\/search\/\?q=salary$/);
    await facet(page, 'Page type')
      .getByLabel(/^Guide/)
      .check();
    await expect(page).toHaveURL(/\/search\/\?q=salary&type=Guide$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/search\/\?q=salary$/);
    await expect(facet(page, 'Page type').getByLabel(/^Guide/)).not.toBeChecked();
    await expect(page.locator('#search-input')).toHaveValue('salary');
  });

  test('without JavaScript the header box is a GET form and the search page says search needs it', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/roles/${backend.id}/`);
    await page.locator('#site-search').fill('postgres');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=postgres$/);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.locator('#search-input')).toBeHidden();
    await context.close();
  });
});

test.describe('keyboard', () => {
  test('“/” and Ctrl+K focus the header box; arrows pick a result, Enter opens it, Escape closes the list', async ({
    page,
  }) => {
    await page.goto('/guides/');
    await page.keyboard.press('/');
    await expect(page.locator('#site-search')).toBeFocused();
    await page.locator('main').click();
    await page.keyboard.press('Control+k');
    await expect(page.locator('#site-search')).toBeFocused();

    await page.keyboard.type('server-side developer');
    const input = page.locator('#site-search');
    const options = page.locator('#site-search-results [role="option"]');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(options.first()).toContainText(backend.data.title);
    await expect(page.locator('site-search [role="status"]')).toHaveText(/results?\./);

    await page.keyboard.press('Escape');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await expect(input).toHaveValue('server-side developer');

    await page.keyboard.press('ArrowDown');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/roles/${backend.id}/`);
  });

  test('Escape closes the list for good: a search still waiting when it was pressed does not open it again', async ({
    page,
  }) => {
    await page.goto('/guides/');
    const input = page.locator('#site-search');
    await input.focus();
    await page.keyboard.type('server');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    // More typing starts the 100 ms pause before the next search; Escape comes inside it.
    await page.keyboard.type('-side');
    await page.keyboard.press('Escape');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    // Half a second without a request, then a little more: the search that was waiting has had its results
    // (it would have opened the list within about 100 ms). A wait is the only way to see that nothing happens.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await expect(input).toHaveValue('server-side');
  });

  test('Enter with no result picked opens the search page for that query', async ({ page }) => {
    await page.goto(`/roles/${backend.id}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('postgres');
    await expect(page.locator('#site-search-results [role="option"]').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/search/?q=postgres');
    await expect(status(page)).toHaveText(/results? for “postgres”/);
  });

  test('on the search page, arrows move from the box through the results and back', async ({ page }) => {
    await page.goto('/search/?q=developer');
    await expect(status(page)).toHaveText(/results? for “developer”/);
    await page.keyboard.press('/');
    const input = page.locator('#search-input');
    await expect(input).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(resultTitles(page).nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(resultTitles(page).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(input).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const href = await resultTitles(page).nth(0).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(href!);
  });
});

test.describe('loading', () => {
  for (const path of [`/roles/${backend.id}/`, `/guides/${guides[0]!.id}/`]) {
    test(`${path} fetches no search code or index until the box is focused`, async ({ page }) => {
      const requested: string[] = [];
      // Bodies are read while the test runs: a body still pending when the test ends would throw.
      const scriptSizes: Promise<number>[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') {
          scriptSizes.push(
            response.body().then(
              (body) => body.length,
              () => 0,
            ),
          );
        }
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.mouse.wheel(0, 2000);
      await page.waitForTimeout(300);
      expect(requested.filter((p) => p.includes('/pagefind/'))).toEqual([]);
      expect(requested.filter((p) => /header-search|search-page/i.test(p))).toEqual([]);
      // Only the shortcut script (and Vite's module loader) may run before focus.
      const scriptBytes = (await Promise.all(scriptSizes.splice(0))).reduce((sum, n) => sum + n, 0);
      expect(scriptBytes).toBeGreaterThan(0);
      expect(scriptBytes).toBeLessThan(4 * 1024);

      await page.locator('#site-search').focus();
      await expect.poll(() => requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
      expect(requested.some((p) => /header-search/.test(p))).toBe(true);
    });
  }
});

test.describe('loading the search page', () => {
  test('on a wide screen the filters arrive with the index and move nothing below them', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    // The index is held back until the page has been measured, as on a slow connection.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/search/', { waitUntil: 'domcontentloaded' });
    await expect(status(page)).toHaveText('Loading search…');
    // A keyboard reader who has tabbed down to the footer before the index arrives.
    const footerLink = page.locator('footer a', { hasText: 'All roles' });
    await footerLink.focus();
    const before = await footerLink.evaluate((el) => el.getBoundingClientRect().top + scrollY);

    release();
    await expect(page.locator('#search-facets input[type="checkbox"]').first()).toBeVisible();
    const after = await footerLink.evaluate((el) => el.getBoundingClientRect().top + scrollY);
    expect(after, 'the footer moved when the filters arrived').toBe(before);
    await expect(footerLink).toBeInViewport();
    await expect(footerLink).toBeFocused();
    // The box scrolls within the height the page keeps for it, and its last filter can still be reached.
    const box = page.locator('#search-facets-box');
    expect(await box.evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');
    expect((await box.boundingBox())!.height).toBeLessThanOrEqual(0.75 * 720 + 1);
    const lastFilter = page.locator('#search-facets input[type="checkbox"]').last();
    await lastFilter.scrollIntoViewIfNeeded();
    await expect(lastFilter).toBeInViewport();
  });
});

test.describe('loading while the reader types', () => {
  test('focusing the header box requests Pagefind’s runtime beside the search code, not after it', async ({ page }) => {
    const events: string[] = [];
    page.on('request', (request) => events.push(`start ${new URL(request.url()).pathname}`));
    page.on('requestfinished', (request) => events.push(`end ${new URL(request.url()).pathname}`));
    await page.goto(`/roles/${backend.id}/`, { waitUntil: 'networkidle' });
    await page.locator('#site-search').focus();
    await expect.poll(() => events.some((e) => /^end .*\/header-search\.[\w-]+\.js$/.test(e))).toBe(true);
    const runtimeStarts = events.indexOf('start /pagefind/pagefind.js');
    const codeArrives = events.findIndex((e) => /^end .*\/header-search\.[\w-]+\.js$/.test(e));
    expect(runtimeStarts, 'pagefind.js is requested').toBeGreaterThan(-1);
    expect(runtimeStarts, 'pagefind.js is requested before header-search.js has arrived').toBeLessThan(codeArrives);
  });

  for (const { box, path, input, results } of [
    {
      box: 'header box',
      path: `/roles/${backend.id}/`,
      input: '#site-search',
      results: '#site-search-results [role="option"]',
    },
    { box: 'search page', path: '/search/', input: '#search-input', results: '#search-results .result-link' },
  ]) {
    test(`${box}: the index loads as the reader types; after the last key only excerpts are fetched, in one round`, async ({
      page,
    }) => {
      const requests: { path: string; started: number; ended?: number }[] = [];
      const byRequest = new Map<object, (typeof requests)[number]>();
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.endsWith('/favicon.svg')) return; // the browser's own, not search
        const entry = { path, started: performance.now() };
        requests.push(entry);
        byRequest.set(request, entry);
      });
      page.on('requestfinished', (request) => {
        const entry = byRequest.get(request);
        if (entry) entry.ended = performance.now();
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.locator(input).focus();
      await page.waitForLoadState('networkidle'); // the runtime is in; now the reader types
      const query = 'postgres';
      // Faster than the typing pause (100 ms), so no search runs before the last key: only the preloading does.
      // Slow enough for a busy machine to start the preload on the first keys.
      await page.locator(input).pressSequentially(query.slice(0, -1), { delay: 70 });
      const lastKey = performance.now();
      await page.locator(input).press(query.slice(-1));
      await expect(page.locator(results).first()).toBeVisible();
      await page.waitForLoadState('networkidle');

      const before = requests.filter((r) => r.started < lastKey).map((r) => r.path);
      const after = requests.filter((r) => r.started >= lastKey);
      expect(
        before.filter((p) => p.endsWith('.pf_index')),
        'an index chunk was requested while typing',
      ).not.toEqual([]);
      expect(
        after.map((r) => r.path).filter((p) => !p.endsWith('.pf_fragment')),
        'after the last key, nothing but excerpts',
      ).toEqual([]);
      // One round: no request after the last key waited for another one sent after it.
      const waited = after.filter((r) => after.some((other) => other.ended !== undefined && other.ended <= r.started));
      expect(waited.map((r) => r.path)).toEqual([]);
    });
  }
});

test.describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${colorScheme} scheme`, () => {
      test.use({ colorScheme });

      test('search page with results and filters is axe-clean', async ({ page }) => {
        await page.goto('/search/?q=developer&type=Role');
        await expect(status(page)).toHaveText(/results? for “developer”/);
        await expect(page.locator('#search-input')).toHaveAccessibleName('Search roles and guides');
        await expect(status(page)).toHaveAttribute('role', 'status');
        expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      });

      test('no-results state is axe-clean', async ({ page }) => {
        await page.goto('/search/?q=qzxvwplk');
        await expect(page.locator('#search-empty')).toBeVisible();
        expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      });

      test('header list of results is axe-clean and shows focus', async ({ page }) => {
        await page.goto(`/roles/${backend.id}/`);
        await page.keyboard.press('/');
        await page.keyboard.type('engineer');
        await expect(page.locator('#site-search-results [role="option"]').first()).toBeVisible();
        await page.keyboard.press('ArrowDown');
        const outline = await page.locator('#site-search').evaluate((el) => getComputedStyle(el).outlineStyle);
        expect(outline).not.toBe('none');
        // The header's box and list only: a11y.spec.ts runs axe on the whole profile in both schemes.
        expect((await new AxeBuilder({ page }).include('site-search').analyze()).violations).toEqual([]);
      });
    });
  }
});
