// The O*NET derivations, on the real files the project carries (content/onet/), so a re-import that
// changes a value shows up here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import {
  creditLines,
  onetChanges,
  onetSelection,
  educationPhrase,
  isRated,
  jobZoneOf,
  mergedTechnologies,
  namesOf,
  occupationOf,
  pageTitles,
  ratedOccupationFor,
  rolesByOnetCode,
  routesIn,
  routesSentence,
  searchTitles,
  similarOccupations,
  technologyMatcher,
  topRatings,
  type RouteDistribution,
} from '../../../src/lib/onet/index.ts';
import { readOnetData } from '../../../src/lib/onet/onet-io.ts';

const data = readOnetData('content');
const developers = occupationOf(data, '15-1252.00');
const catalogue = parse(readFileSync('content/technologies.yaml', 'utf8')) as {
  id: string;
  name: string;
  aliases?: string[];
  category: string;
}[];

describe('skills and knowledge', () => {
  test('software developers: Programming first, importance 4.00; its suppressed level is left blank', () => {
    const [first] = topRatings(data, developers, 'skills', 5);
    assert.equal(first?.name, 'Programming');
    assert.equal(first?.importance, 4);
    assert.equal(developers.skills.find((r) => r.elementId === '2.B.3.e')?.level?.suppress, true);
    assert.equal(first?.level, undefined, 'O*NET recommends suppressing this level');
    assert.equal(first?.domainSource, 'Analyst');
    const shownLevel = topRatings(data, developers, 'skills', 35).find((r) => r.level !== undefined);
    assert.ok(shownLevel, 'levels that are not suppressed are shown');
  });

  test('sorted by importance, at most the limit', () => {
    const top = topRatings(data, developers, 'knowledge', 6);
    assert.equal(top.length, 6);
    for (let i = 1; i < top.length; i++) assert.ok(top[i - 1]!.importance >= top[i]!.importance);
  });

  test('a suppressed importance is never returned, a suppressed level is left blank', () => {
    for (const occupation of data.occupations.values())
      for (const domain of ['skills', 'knowledge'] as const) {
        const shown = new Map(topRatings(data, occupation, domain, 100).map((r) => [r.elementId, r]));
        for (const rating of occupation[domain]) {
          if (rating.importance?.suppress)
            assert.ok(!shown.has(rating.elementId), `${occupation.code} ${rating.elementId}`);
          if (rating.level?.suppress && shown.has(rating.elementId))
            assert.equal(shown.get(rating.elementId)!.level, undefined);
        }
      }
    const anySuppressed = [...data.occupations.values()].some((o) => o.knowledge.some((r) => r.level?.suppress));
    assert.ok(anySuppressed, 'the data hold suppressed values, so the test above is not vacuous');
  });
});

describe('routes in', () => {
  const routes = routesIn(data, developers);

  test("software developers: 84.80% with a bachelor's degree, labelled from the reference table", () => {
    const bachelor = routes.education?.shares.find((s) => s.label === "Bachelor's Degree");
    assert.equal(bachelor?.percent, 84.8);
    assert.equal(routes.education?.date, '2025-08');
    assert.equal(routes.education?.domainSource, 'Incumbent');
    assert.ok(routes.experience && routes.onSiteTraining && routes.onTheJobTraining);
  });

  test('the sentence is computed from the distributions', () => {
    assert.match(routes.sentence ?? '', /^Most software developers had a bachelor's degree \(85%\); /);
  });

  const dist = (scale: 'RL' | 'RW', shares: [string, number | undefined][]): RouteDistribution => ({
    scale,
    date: '2025-08',
    domainSource: 'Incumbent',
    shares: shares.map(([label, percent], i) => ({
      category: i + 1,
      label,
      ...(percent === undefined ? {} : { percent }),
    })),
  });

  test('ties, a largest group, small shares and suppressed shares read sensibly', () => {
    assert.equal(
      routesSentence(
        'Testers',
        dist('RL', [
          ["Bachelor's Degree", 40],
          ["Master's Degree", 40.2],
          ['Some College Courses', 19.8],
        ]),
        undefined,
      ),
      "Testers were about as likely to have a master's degree (40%) as a bachelor's degree (40%).",
    );
    assert.equal(
      routesSentence(
        'Testers',
        dist('RL', [
          ["Associate's Degree (or other 2-year degree)", 30],
          ['High School Diploma', 20],
        ]),
        undefined,
      ),
      "The largest group of testers, 30%, had an associate's degree (or other 2-year degree).",
    );
    assert.equal(
      routesSentence(
        'Testers',
        dist('RL', [
          ['Some College Courses', 20],
          ['High School Diploma', 19],
          ['Doctoral Degree', 18],
        ]),
        undefined,
      ),
      'No level of education was held by more than a quarter of testers; the most common was some college courses (20%).',
    );
    assert.equal(
      routesSentence(
        'Testers',
        dist('RL', [
          ["Bachelor's Degree", undefined],
          ['High School Diploma', 60],
        ]),
        undefined,
      ),
      'Most testers had a high school diploma (60%).',
      'a suppressed share never counts, however large',
    );
  });

  test('experience: over two years, none, or the share; it names the workers when it opens the sentence', () => {
    const rw = (none: number, year: number, three: number) =>
      dist('RW', [
        ['None', none],
        ['Over 1 year, up to and including 2 years', year],
        ['Over 2 years, up to and including 4 years', three],
      ]);
    assert.equal(
      routesSentence('Testers', undefined, rw(10, 20, 70)),
      'Over half of testers had more than two years of related work experience.',
    );
    assert.equal(
      routesSentence('Testers', undefined, rw(60, 20, 20)),
      'Over half of testers needed no related work experience.',
    );
    assert.equal(
      routesSentence('Testers', undefined, rw(30, 40, 30)),
      '30% of testers had more than two years of related work experience.',
    );
    assert.equal(routesSentence('Testers', undefined, undefined), undefined);
  });

  test('suppressed shares never make a sentence say something they could overturn', () => {
    const rl = dist('RL', [
      ["Bachelor's Degree", 40],
      ["Master's Degree", 30],
      ['High School Diploma', undefined],
    ]);
    assert.equal(routesSentence('Testers', rl, undefined), undefined, 'the suppressed 30% could be the largest group');
    const rw = dist('RW', [
      ['None', 5],
      ['Over 2 years, up to and including 4 years', 10],
      ['Over 4 years, up to and including 6 years', undefined],
    ]);
    assert.equal(routesSentence('Testers', undefined, rw), undefined, '10% would be only a lower bound');
    const dba = routesIn(data, occupationOf(data, '15-1242.00')).sentence;
    assert.equal(dba, "Most database administrators had a bachelor's degree (89%).");
  });

  test('education phrases take an article only where English needs one', () => {
    assert.equal(educationPhrase("Bachelor's Degree"), "a bachelor's degree");
    assert.equal(
      educationPhrase("Associate's Degree (or other 2-year degree)"),
      "an associate's degree (or other 2-year degree)",
    );
    assert.equal(educationPhrase('Less than a High School Diploma'), 'less than a high school diploma');
    assert.equal(educationPhrase('Post-Doctoral Training'), 'post-doctoral training');
  });

  test('an occupation O*NET does not rate has no routes and no sentence', () => {
    assert.deepEqual(routesIn(data, occupationOf(data, '15-1299.00')), {});
  });
});

describe('technologies', () => {
  const groups = mergedTechnologies(developers, catalogue, ['postgresql', 'java', 'meteor']);
  const all = groups.flatMap((g) => g.technologies);

  test("one entry per technology: PostgreSQL once, with the site's id", () => {
    const postgres = all.filter((t) => /postgres/i.test(t.name));
    assert.equal(postgres.length, 1);
    assert.equal(postgres[0]!.technologyId, 'postgresql');
    assert.equal(postgres[0]!.editorial, true);
  });

  test('O*NET names written differently merge with the site entry', () => {
    const java = all.find((t) => t.technologyId === 'java');
    assert.ok(java?.onetExamples.includes('Oracle Java'), JSON.stringify(java));
    assert.deepEqual(namesOf('Hypertext markup language HTML').includes('html'), true);
    assert.ok(!namesOf('JavaScript Object Notation JSON').includes('javascript'), 'JSON is not JavaScript');
  });

  test('one matcher per catalogue, each O*NET name matched once: the same entry every time', () => {
    const match = technologyMatcher(catalogue);
    assert.equal(technologyMatcher(catalogue), match, 'the catalogue’s matcher is made once');
    assert.notEqual(technologyMatcher([...catalogue]), match, 'another catalogue gets its own');
    assert.equal(match('Oracle Java')?.id, 'java');
    assert.equal(match('Oracle Java'), match('Oracle Java'));
    assert.equal(match('No such product'), undefined);
  });

  test('grouped by O*NET category, Hot and In-demand first within each group', () => {
    for (const group of groups.filter((g) => g.fromOnet)) {
      const ranks = group.technologies.map((t) => (t.hot && t.inDemand ? 0 : t.hot || t.inDemand ? 1 : 2));
      assert.deepEqual(ranks, [...ranks].sort(), group.category);
    }
    assert.ok(groups.some((g) => g.category === 'Development environment software'));
  });

  test("an editorial entry O*NET does not list keeps its site category, after O*NET's groups", () => {
    const last = groups.at(-1)!;
    assert.equal(last.fromOnet, false);
    assert.deepEqual(
      last.technologies.map((t) => t.technologyId),
      ['meteor'],
    );
  });
});

describe('job zone, titles and similar occupations', () => {
  test('the job zone with its short name', () => {
    assert.deepEqual(jobZoneOf(data, developers), {
      zone: 4,
      name: 'Job Zone Four: Considerable Preparation Needed',
      shortName: 'Considerable preparation needed',
      date: '2025-08',
      domainSource: 'Analyst',
    });
  });

  test('search gets every title and short title; the page a short list led by shared words', () => {
    const titles = searchTitles(developers);
    assert.ok(
      titles.includes('DevOps Engineer') && titles.includes('DevOps Engineer (Development Operations Engineer)'),
    );
    const short = pageTitles(developers, 'DevOps engineer', 5);
    assert.equal(short.length, 5);
    assert.deepEqual(short.slice(0, 2), ['DevOps Architect', 'DevOps Developer'], 'the telling word first');
    assert.ok(!short.includes('DevOps Engineer'), "never the role's own title");
  });

  test('similar occupations ranked, linked to the roles mapped to them', () => {
    const byCode = rolesByOnetCode([
      { id: 'systems-engineer', onetOccupations: [{ code: '15-1299.08' }] },
      { id: 'software-architect', onetOccupations: [{ code: '15-1299.08' }] },
    ]);
    const [first, second] = similarOccupations(data, developers, byCode);
    assert.deepEqual(first, {
      code: '15-1299.08',
      title: 'Computer Systems Engineers/Architects',
      tier: 'Primary-Short',
      index: 1,
      roleIds: ['software-architect', 'systems-engineer'],
    });
    assert.deepEqual(second?.roleIds, []);
  });

  test('a rated occupation is its own; an unrated one gets the nearest rated, flagged', () => {
    assert.deepEqual(ratedOccupationFor(data, developers)?.substitute, false);
    const other = occupationOf(data, '15-1299.00');
    assert.equal(isRated(other), false);
    const nearest = ratedOccupationFor(data, other);
    assert.equal(nearest?.substitute, true);
    assert.ok(nearest && isRated(nearest.occupation));
    assert.equal(nearest?.mappedTo.code, '15-1299.00');
    assert.equal(nearest?.foundBy, 'same-soc-code', 'O*NET relates 15-1299.00 to nothing in the extract');
    const designers = ratedOccupationFor(data, occupationOf(data, '15-1255.00'));
    assert.equal(designers?.foundBy, 'related');
    assert.equal(
      designers?.occupation.code,
      occupationOf(data, '15-1255.00').relatedOccupations.find(
        (r) => data.occupations.get(r.code) && isRated(data.occupations.get(r.code)!),
      )?.code,
    );
  });
});

describe('credit', () => {
  test('the credit comes from the release file, the modification notice names the site', () => {
    const { credit, modified } = creditLines(data.release, 'Career Atlas');
    assert.match(credit, /O\*NET 30\.2 Database by the U\.S\. Department of Labor/);
    assert.match(modified, /^Career Atlas has modified all or some of this information\./);
  });
});

describe('what the site changed', () => {
  test('the /data/ list follows the selection and rounding the code uses', () => {
    const text = onetChanges().join('\n');
    assert.match(text, new RegExp(`the ${onetSelection.skills} skills and ${onetSelection.knowledge} knowledge areas`));
    assert.match(text, /whole percents/);
    assert.match(text, /suppress/);
  });
});
