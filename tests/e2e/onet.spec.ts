// O*NET on role pages: for every role, the page, its JSON (/data/roles/<id>.json) and its charts show the same
// values as the O*NET files the project carries (content/onet/), and no value O*NET suppresses is shown.
// The senior developer's page is read in Chromium; every role's page is read as the served HTML, because a
// browser visit per role cost CI about 90 s and the values are text the server sends, not what a script draws.
import { expect, test } from '@playwright/test';
import { ratedOccupationFor, routesIn, topRatings, occupationOf } from '../../src/lib/onet/index.ts';
import { readOnetData } from '../../src/lib/onet/onet-io.ts';
import { onetPageLimits, shortRouteLabel } from '../../src/lib/views/role-onet.ts';
import { role, roleIds } from './support/content.ts';
import { visibleText } from '../../scripts/lib/built-pages.ts';
import { rolePath } from './support/dist.ts';

const data = readOnetData('content');
/** A role's O*NET mapping, as its frontmatter writes it. */
const mappingOf = (id: string) =>
  (role(id) as { onetOccupations?: { code: string; relation: string }[] }).onetOccupations ?? [];
// Issue 17 asks this of every role, not a sample: page, JSON and charts against content/onet/.
const mapped = roleIds().filter((id) => mappingOf(id).length > 0);
const percent = (value: number) => `${Math.round(value)}%`;
const rating = (value: number) => value.toFixed(1);

test('every role maps to an O*NET occupation', () => {
  expect(mapped.length).toBeGreaterThan(0);
  expect(mapped).toEqual(roleIds());
});

// The senior developer maps to software developers (the back-end developer to web developers, whose title list names it).
test('software developers as the senior developer page shows them: 84.80 % with a bachelor’s degree, Programming 4.00', async ({
  page,
  request,
}) => {
  await page.goto(rolePath('senior-developer'));
  const routes = page.locator('section[aria-labelledby="routes-in"]');
  await expect(routes).toContainText("bachelor's degree 85%");
  await expect(routes).toContainText("Most software developers had a bachelor's degree (85%)");
  await expect(page.locator('section[aria-labelledby="work-asks"]')).toContainText('Programming 4.0, not shown');
  const json = await (await request.get('/data/roles/senior-developer.json')).json();
  const education = json.onet.occupations[0].routesIn.find((d: { scale: string }) => d.scale === 'RL');
  expect(education.shares.find((s: { label: string }) => s.label === "Bachelor's Degree").percent).toBe(84.8);
  expect(json.onet.occupations[0].skills[0]).toMatchObject({ name: 'Programming', importance: 4 });
  const chart = await (await request.get('/charts/routes/wide/senior-developer.svg')).text();
  expect(visibleText(chart)).toContain("Bachelor's degree 85%");
});

/** The text a reader sees of the section titled by the heading with this id, nested sections included. */
function sectionText(html: string, headingId: string): string {
  const start = html.search(new RegExp(`<section[^>]*aria-labelledby="${headingId}"`));
  if (start < 0) throw new Error(`no section titled #${headingId}`);
  const tags = /<section\b|<\/section>/g;
  tags.lastIndex = start + 1;
  for (let depth = 1, tag; (tag = tags.exec(html));) {
    depth += tag[0] === '</section>' ? -1 : 1;
    if (depth === 0) return visibleText(html.slice(start, tags.lastIndex));
  }
  throw new Error(`the section titled #${headingId} is not closed`);
}

for (const id of mapped) {
  test(`${id}: page, JSON and charts agree with content/onet/, nothing suppressed shown`, async ({ request }) => {
    const mapping = mappingOf(id)[0]!;
    const own = occupationOf(data, mapping.code);
    const rated = ratedOccupationFor(data, own);
    const html = await (await request.get(rolePath(id))).text();
    const json = (await (await request.get(`/data/roles/${id}.json`)).json()).onet.occupations[0];
    expect(json.code).toBe(own.code);
    const routesText = sectionText(html, 'routes-in');
    expect(routesText).toContain(`${own.title} (${own.code})`);
    const credit = /<[^>]*class="[^"]*\bonet-credit\b[\s\S]*?<\/(?:p|div|small)>/.exec(html);
    expect(visibleText(credit?.[0] ?? '')).toContain(data.release.credit);

    if (!rated) {
      expect(routesText).toContain('O*NET rates no skills');
      return;
    }
    if (rated.substitute) expect(routesText).toContain(rated.occupation.title);

    // Routes in: each share as rounded on the page, in the chart, and exact in the JSON; suppressed ones nowhere.
    const routes = routesIn(data, rated.occupation);
    const routesChart = visibleText(await (await request.get(`/charts/routes/wide/${id}.svg`)).text());
    if (routes.sentence) expect(routesText).toContain(routes.sentence);
    for (const d of [routes.education, routes.experience, routes.onTheJobTraining]) {
      if (!d) continue;
      const exported = json.routesIn.find((e: { scale: string }) => e.scale === d.scale);
      for (const share of d.shares) {
        const label = shortRouteLabel(share.label);
        const exportedShare = exported.shares.find((s: { category: number }) => s.category === share.category);
        const raw = rated.occupation.education[d.scale]!.find((v) => v.category === share.category)!;
        if (raw.suppress) {
          expect(exportedShare.percent, `${d.scale} ${share.label} is suppressed`).toBeUndefined();
          expect(routesText).toContain(`${label} not shown`);
          continue;
        }
        expect(exportedShare.percent).toBe(raw.percent);
        if (Math.round(raw.percent) === 0) continue;
        expect(routesText).toContain(`${label} ${percent(raw.percent)}`);
        expect(routesChart.toLowerCase()).toContain(`${label} ${percent(raw.percent)}`.toLowerCase());
      }
    }

    // What the work asks for: the top ratings, as rounded on the page and in the chart, exact in the JSON.
    const asks = sectionText(html, 'work-asks');
    const skillsChart = visibleText(await (await request.get(`/charts/skills/wide/${id}.svg`)).text());
    for (const domain of ['skills', 'knowledge'] as const) {
      const shown = topRatings(data, rated.occupation, domain, onetPageLimits[domain]);
      expect(shown.length).toBeGreaterThan(0);
      for (const r of shown) {
        const raw = rated.occupation[domain].find((x) => x.elementId === r.elementId)!;
        expect(raw.importance!.suppress ?? false).toBe(false);
        const level = raw.level && !raw.level.suppress && !raw.level.notRelevant ? rating(raw.level.value) : undefined;
        expect(asks).toContain(`${r.name} ${rating(raw.importance!.value)}, ${level ?? 'not shown'}`);
        expect(skillsChart).toContain(`${rating(raw.importance!.value)}`);
        const exported = json[domain].find((x: { elementId: string }) => x.elementId === r.elementId);
        expect(exported.importance).toBe(raw.importance!.value);
        expect(exported.level).toBe(level === undefined ? undefined : raw.level!.value);
      }
      // An element whose importance O*NET suppresses is never listed.
      for (const raw of rated.occupation[domain].filter((x) => x.importance?.suppress)) {
        const name = data.elements.get(raw.elementId)!.name;
        expect(asks).not.toContain(`${name} ${rating(raw.importance!.value)}`);
      }
    }

    // Preparation needed: the job zone, in the at-a-glance box.
    if (own.jobZone) expect(sectionText(html, 'at-a-glance')).toContain(`O*NET job zone ${own.jobZone.zone} of 5`);
  });
}
