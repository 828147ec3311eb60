// The role profile as a reference page: no empty section, the same sourced facts in less scrolling,
// contents at hand on every width, a comfortable reading measure, and figure tables that stay tables.
import { expect, test, type Page } from '@playwright/test';
import { citationCount, figuresOf, role, roleBody, type RoleData, roleIds, sampledRoleIds } from './support/content.ts';
import { rolePath } from './support/dist.ts';

/** What each data section shows, counted from the content file, and what the "not covered" line calls it. */
// Pay and outlook count the official figures a role's occupation codes bring as well as its own.
const sections: { id: string; topic: string; count: (r: RoleData, id: string) => number }[] = [
  { id: 'duties', topic: 'duties', count: (r) => r.duties?.length ?? 0 },
  { id: 'salary', topic: 'pay', count: (_, id) => figuresOf(id).salaries.length },
  { id: 'outlook', topic: 'job outlook', count: (_, id) => figuresOf(id).outlook.length },
  { id: 'skills', topic: 'skills', count: (r) => r.skills?.length ?? 0 },
  // O*NET's technologies fill the section too, for a role mapped to an O*NET occupation.
  {
    id: 'technologies',
    topic: 'technologies',
    count: (r) => (r.technologies?.length ?? 0) + ((r as { onetOccupations?: unknown[] }).onetOccupations?.length ?? 0),
  },
  {
    id: 'work-environment',
    topic: 'work environment',
    count: (r) => {
      const w = r.workEnvironment ?? {};
      return (
        [w.setting, w.remote, w.hours].filter(Boolean).length + (w.colleagues?.length ?? 0) + (w.equipment?.length ?? 0)
      );
    },
  },
  { id: 'problems', topic: 'problems it solves', count: (r) => r.problems?.length ?? 0 },
];

/** The text of the line naming what sources do not cover, or "" when there is none. */
const notCoveredLine = (page: Page) =>
  page
    .locator('main .not-covered')
    .allTextContents()
    .then((texts) => texts.join(' '));

for (const id of sampledRoleIds()) {
  test(`${id}: no heading without content; what is missing is named in one line`, async ({ page }) => {
    await page.goto(rolePath(id));
    const data = role(id);
    const line = await notCoveredLine(page);
    const topics = line
      .replace(/^\s*Not covered by our sources yet: /, '')
      // The topics end at the first full stop; a link to the official profile may follow.
      .replace(/\.(\s[\s\S]*)?$/, '')
      .split(', ');
    for (const section of sections) {
      const filled = section.count(data, id) > 0;
      await expect(page.locator(`#${section.id}`), `#${section.id}`).toHaveCount(filled ? 1 : 0);
      expect(topics.includes(section.topic), `"${section.topic}" in the not-covered line: "${line}"`).toBe(!filled);
    }
    // Every heading in the profile has something under it besides the link back to the contents.
    const empty = await page.locator('article h2, article h3').evaluateAll((headings) =>
      headings
        .filter((h) => {
          const after = [...(h.parentElement?.children ?? [])].slice([...h.parentElement!.children].indexOf(h) + 1);
          const next = after.find((el) => !el.classList.contains('to-contents'));
          // A heading followed by one of the same or a higher level has nothing of its own.
          const level = Number(h.tagName[1]);
          const nextLevel = /^H([1-6])$/.exec(next?.tagName ?? '')?.[1];
          return !next || (nextLevel !== undefined && Number(nextLevel) <= level) || !(next.textContent ?? '').trim();
        })
        .map((h) => h.textContent),
    );
    expect(empty, 'headings with nothing under them').toEqual([]);
    expect(
      line === '' ||
        /^Not covered by our sources yet: [^.]+\.( For the occupation as a whole, see the official profile of [^.]+\.)?$/.test(
          line.trim(),
        ),
      line,
    ).toBe(true);
  });
}

test('/roles/cto/ lists none of its own technologies, so the section shows O*NET’s and is not called missing', async ({
  page,
}) => {
  expect(role('cto').technologies ?? []).toEqual([]);
  await page.goto(rolePath('cto'));
  await expect(page.getByRole('heading', { name: 'Technologies' })).toHaveCount(1);
  await expect(page.locator('section[aria-labelledby="technologies"] li').first()).toBeVisible();
  await expect(page.locator('main .not-covered')).not.toContainText('technologies');
});

test('the back-end profile keeps every sourced fact: citations and list items match its content file', async ({
  page,
}) => {
  const id = 'backend-developer';
  const data = role(id);
  await page.goto(rolePath(id));
  const count = (selector: string) => page.locator(selector).count();
  const inSection = (section: string, selector: string) => count(`section[aria-labelledby="${section}"] ${selector}`);
  const figures = figuresOf(id);
  const work = data.workEnvironment ?? {};

  expect(await count('main a.note'), 'citations').toBe(citationCount(roleBody(id)));
  expect(await inSection('duties', 'li'), 'duties').toBe(data.duties!.length);
  expect(await inSection('problems', 'li'), 'problems').toBe(data.problems!.length);
  expect(await inSection('skills', 'li'), 'skills').toBe(data.skills!.length);
  // Its own technologies, merged with O*NET's: one chip each, so at least as many chips as it lists.
  expect(await inSection('technologies', 'li'), 'technologies').toBeGreaterThanOrEqual(data.technologies!.length);
  // The profile's own routes; the official entry requirements follow in a list of their own.
  expect(await inSection('education', '.routes.prose > div'), 'routes in').toBe(data.education!.routes!.length);
  expect(await inSection('education', 'li'), 'certifications').toBe(data.education!.certifications!.length);
  expect(await inSection('work-environment', '.routes > div'), 'work conditions').toBe(
    [work.setting, work.remote, work.hours].filter(Boolean).length,
  );
  expect(await inSection('work-environment', 'li'), 'colleagues and equipment').toBe(
    work.colleagues!.length + work.equipment!.length,
  );
  expect(await inSection('salary', 'tbody tr'), 'salary figures').toBe(figures.salaries.length);
  expect(await inSection('outlook', 'tbody tr'), 'outlook figures').toBe(figures.outlook.length);
  expect(await inSection('salary', '.occupation-codes li'), 'occupation codes').toBe(data.occupationCodes!.length);
  // Its own related roles and those that name it as related: the link goes both ways.
  const relatedBothWays = new Set([
    ...data.related!,
    ...roleIds().filter((other) => role(other).related?.includes(id)),
  ]);
  expect(await inSection('related-roles', 'li'), 'related roles').toBe(relatedBothWays.size);
  expect(await inSection('faq', '.faq'), 'questions').toBe(data.faqs!.length);
  // Its own sources and the editions of statistics its official figures come from.
  const editions = [...figures.salaries, ...figures.outlook].flatMap((f) => (f.official ? [f.source] : []));
  expect(await inSection('sources', 'ol.sources-list > li'), 'sources').toBe(
    new Set([...data.sources, ...editions]).size,
  );

  // The same words, not just the same number of items.
  const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  const details = data.skills!.flatMap((s) => (s.detail ? [s.detail] : []));
  for (const item of [...data.duties!, ...data.problems!, ...details]) expect(text, item).toContain(flat(item));
});

// Measured with `npm run heights` before the reading rework (Chromium, Debian's fonts): README, Performance.
const backendPhoneHeightBefore = 47_487;

test('the back-end profile is at least a third shorter on a phone than before', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto(rolePath('backend-developer'));
  // The pay chart, the career map and the O*NET sections (what the work asks for, routes in, similar
  // occupations) came after that measure: they add new pictures and data, not scrolling through the same text.
  const height = await page.evaluate(() => {
    const added = [
      ...document.querySelectorAll('#pay-chart, #career-map'),
      ...['#work-asks', '#routes-in', '#similar-occupations'].map(
        (id) => document.querySelector(id)?.closest('section') ?? document.querySelector(id),
      ),
    ].filter((element): element is Element => element !== null);
    return (
      document.documentElement.scrollHeight -
      added.reduce((sum, element) => sum + element.getBoundingClientRect().height, 0)
    );
  });
  expect(height).toBeLessThanOrEqual(Math.floor((backendPhoneHeightBefore * 2) / 3));
});

test.describe('contents on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('a compact list under the title, closed until opened, and a way back at each section end', async ({ page }) => {
    await page.goto(rolePath('backend-developer'));
    const contents = page.locator('nav#contents');
    const toggle = contents.locator('details');
    await expect(toggle).not.toHaveAttribute('open');
    await expect(contents.locator('a').first()).toBeHidden();
    const titleBottom = (await page.locator('h1').boundingBox())!.y;
    expect((await contents.boundingBox())!.y, 'under the title').toBeGreaterThan(titleBottom);
    await toggle.locator('summary').click();
    await expect(toggle).toHaveAttribute('open');
    await expect(contents.locator('a[href="#salary"]')).toBeVisible();

    const sectionsWithoutWayBack = await page
      .locator('article section[aria-labelledby]:not(.glance)')
      .evaluateAll((all) =>
        all
          .filter((s) => !s.querySelector(':scope > .to-contents a[href="#contents"]'))
          .map((s) => s.id || s.getAttribute('aria-labelledby')),
      );
    expect(sectionsWithoutWayBack).toEqual([]);
    const back = page.locator('section[aria-labelledby="skills"] .to-contents a');
    await expect(back).toBeVisible();
    await back.click();
    await expect(page).toHaveURL(/#contents$/);
    await expect(contents).toBeInViewport();
  });
});

test.describe('contents on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('stay beside the text while scrolling, list the sections in page order and mark the one in view', async ({
    page,
  }) => {
    await page.goto(rolePath('backend-developer'));
    const toc = page.locator('nav.toc');
    const links = toc.locator('a');
    await expect(links.first()).toBeVisible();
    await expect(page.locator('.to-contents').first()).toBeHidden();

    // In page order: each link's target comes after the previous one.
    const inOrder = await links.evaluateAll((all) =>
      all.every((a, i) => {
        if (i === 0) return true;
        const previous = document.getElementById(all[i - 1]!.getAttribute('href')!.slice(1))!;
        const current = document.getElementById(a.getAttribute('href')!.slice(1))!;
        return !!(previous.compareDocumentPosition(current) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    );
    expect(inOrder).toBe(true);

    // Beside the text: to the right of the reading column.
    const column = (await page.locator('.body p').first().boundingBox())!;
    expect((await toc.boundingBox())!.x).toBeGreaterThan(column.x + column.width);

    // Sticky: still in view far down the page, and the section in view is marked.
    for (const section of ['outlook', 'faq']) {
      await page.locator(`#${section}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await expect(toc).toBeInViewport();
      const weights = await links.evaluateAll((all) =>
        Object.fromEntries(all.map((a) => [a.getAttribute('href'), getComputedStyle(a).fontWeight])),
      );
      const marked = Object.entries(weights).filter(([, weight]) => Number(weight) >= 600);
      expect(
        marked.map(([href]) => href),
        `marked while #${section} is in view`,
      ).toEqual([`#${section}`]);
    }
  });

  test('the reading column keeps about 60 to 75 characters a line', async ({ page }) => {
    await page.goto(rolePath('backend-developer'));
    const perLine = await page.locator('.body > p').evaluateAll((paragraphs) => {
      const lengths = paragraphs.flatMap((p) => {
        const lines = Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight));
        // Long paragraphs only; the last line of each is counted as half full.
        return lines >= 4 ? [(p.textContent ?? '').length / (lines - 0.5)] : [];
      });
      return lengths.reduce((a, b) => a + b, 0) / lengths.length;
    });
    expect(perLine).toBeGreaterThanOrEqual(60);
    expect(perLine).toBeLessThanOrEqual(75);
  });
});

test.describe('figure tables on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('are laid out as cards but remain tables with headers for assistive technology', async ({ page }) => {
    await page.goto(rolePath('backend-developer'));
    // The current figures' table (the older ones are folded in a second table of the same layout).
    const figures = figuresOf('backend-developer').salaries.filter((f) => !f.supersededBy).length;
    const table = page.getByRole('table', { name: /salary figures and their sources$/ });
    await expect(table).toHaveCount(1);
    await expect(table.getByRole('columnheader')).toHaveCount(6);
    await expect(table.getByRole('row')).toHaveCount(figures + 1);
    await expect(table.getByRole('cell')).toHaveCount(figures * 6);
    // No sideways scrolling: the cards fit the screen.
    const overflow = await page
      .locator('section[aria-labelledby="salary"] .table-scroll')
      .first()
      .evaluate((box) => box.scrollWidth - box.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });
});
