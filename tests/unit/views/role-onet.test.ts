// The O*NET part of a role page's view model, on the real O*NET files: what each section shows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { readOnetData } from '../../../src/lib/onet/onet-io.ts';
import {
  alsoCalled,
  roleOnetView,
  roleOnetViewOf,
  shortRouteLabel,
  type OnetSiteContext,
} from '../../../src/lib/views/role-onet.ts';

const data = readOnetData('content');
const catalogue = parse(readFileSync('content/technologies.yaml', 'utf8')) as {
  id: string;
  name: string;
  aliases?: string[];
  category: string;
}[];
const site: OnetSiteContext = {
  data,
  catalogue,
  roleIdsByCode: new Map([['15-1253.00', ['qa-engineer']]]),
  technologyPages: new Map([['postgresql', 'postgresql']]),
  onetExamplesWithPage: new Set(['PostgreSQL']),
  siteName: 'Career Atlas',
  roleHref: (id) => `/roles/${id}/`,
  technologyHref: (id) => `/technologies/${id}/`,
};
const developer = (code: string, technologyIds: string[] = []) =>
  roleOnetView(site, {
    title: 'Back-end developer',
    mappings: [{ code, relation: 'counted-under', note: 'A note.' }],
    technologyIds,
  })!;

describe('roleOnetView', () => {
  test('is made once per build and role: the page and its two chart routes share one view', () => {
    const resolved = (title: string) => ({
      entry: { data: { title, onetOccupations: [{ code: '15-1252.00', relation: 'counted-under' as const }] } },
      technologies: [{ technology: { id: 'postgresql' } }],
    });
    const [one, other] = [resolved('Back-end developer'), resolved('Platform engineer')];
    const view = roleOnetViewOf(site, one);
    assert.equal(roleOnetViewOf(site, one), view);
    assert.notEqual(roleOnetViewOf(site, other), view);
    assert.deepEqual(roleOnetViewOf(site, other)?.occupation, view?.occupation);
    assert.notEqual(roleOnetViewOf({ ...site }, one), view, 'another build (another context) makes its own');
  });

  test('a role without a mapping has no O*NET part', () => {
    assert.equal(roleOnetView(site, { title: 'X', mappings: [], technologyIds: [] }), undefined);
  });

  test('says which occupation the values describe, and how the role relates to it', () => {
    const view = developer('15-1252.00');
    assert.match(view.occupation.describes, /counted under Software Developers.*A note\./);
    assert.equal(view.substituteNote, undefined);
    assert.deepEqual(view.skills[0], { name: 'Programming', importance: '4.0', level: undefined });
  });

  test('routes: 84.80 % with a bachelor’s degree is shown as 85 %, with the computed sentence', () => {
    const view = developer('15-1252.00');
    const education = view.routes.find((r) => r.id === 'education')!;
    assert.deepEqual(
      education.rows.find((r) => r.label === "bachelor's degree"),
      { label: "bachelor's degree", percent: 85, exact: 84.8 },
    );
    assert.equal(education.rows.length + education.zeroCategories, 12);
    assert.match(view.routesSentence!, /^Most software developers had a bachelor's degree \(85%\)/);
  });

  test('an occupation O*NET does not rate says so and names the nearest rated one', () => {
    const view = developer('15-1299.00');
    assert.match(view.substituteNote!, /O\*NET rates no skills.*Computer Occupations, All Other; .*nearest/);
    assert.ok(view.ratedTitle && view.ratedTitle !== 'Computer Occupations, All Other');
    assert.ok(view.skills.length > 0, 'the nearest rated occupation’s skills are shown');
  });

  test('technologies: one chip per technology, linked only where a page exists, flagged first', () => {
    const view = developer('15-1252.00', ['postgresql', 'git']);
    const chips = view.technologyGroups.flatMap((g) => g.chips);
    assert.equal(chips.filter((c) => c.name === 'PostgreSQL').length, 1);
    assert.equal(chips.find((c) => c.name === 'PostgreSQL')!.href, '/technologies/postgresql/');
    assert.ok(chips.filter((c) => c.name !== 'PostgreSQL').every((c) => c.href === undefined));
    for (const group of view.technologyGroups) {
      const rank = group.chips.map((c) => (c.hot && c.inDemand ? 0 : c.hot || c.inDemand ? 1 : 2));
      assert.deepEqual(rank, [...rank].sort());
    }
    assert.ok(view.moreTechnologies.count > 0);
  });

  test('similar occupations are linked where the site has a role', () => {
    const view = developer('15-1252.00');
    const qa = view.similar.find((s) => s.href === '/roles/qa-engineer/');
    assert.ok(qa, 'software quality assurance analysts are related to software developers');
  });

  test('the job zone and the credit come from the data', () => {
    const view = developer('15-1252.00');
    assert.equal(view.jobZone?.zone, 4);
    assert.match(view.credit, /O\*NET 30\.2 Database/);
    assert.match(view.modified, /^Career Atlas has modified/);
  });
});

test('shortRouteLabel', () => {
  assert.equal(shortRouteLabel('Over 2 years, up to and including 4 years'), '2–4 years');
  assert.equal(shortRouteLabel('Over 6 months, up to and including 1 year'), '6 months–1 year');
  assert.equal(shortRouteLabel('Anything beyond short demonstration, up to and including 1 month'), 'up to 1 month');
  assert.equal(shortRouteLabel("Associate's Degree (or other 2-year degree)"), "associate's degree");
});

test('O*NET’s other titles are offered as the role’s names only when the role is the occupation', () => {
  const as = (relation: 'is' | 'part-of' | 'counted-under') =>
    roleOnetView(site, {
      title: 'Software developer',
      mappings: [{ code: '15-1252.00', relation }],
      technologyIds: [],
    })!.alsoCalled;
  assert.ok(as('is').length > 0, 'the occupation’s own titles');
  assert.deepEqual(as('part-of'), [], 'one job of the occupation: its other titles name other jobs');
  assert.deepEqual(as('counted-under'), []);
});

test('alsoCalled: the role’s aliases first, O*NET’s after, no name twice', () => {
  const view = developer('15-1252.00');
  const names = alsoCalled(['Backend engineer'], { ...view, alsoCalled: ['backend engineer', 'Server developer'] });
  assert.deepEqual(names, ['Backend engineer', 'Server developer']);
});
