// What each content schema accepts and refuses, with the exact message an editor sees.
// Messages are split "what is wrong — how to fix it" by the checker, so both halves are asserted.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'astro/zod';
import type { ReferenceTo } from '../../../src/schemas/common.ts';
import { familySchema } from '../../../src/schemas/family.ts';
import { guideSchema } from '../../../src/schemas/guide.ts';
import { outlookFigureSchema } from '../../../src/schemas/outlook.ts';
import { roleSchema } from '../../../src/schemas/role.ts';
import { salaryFigureSchema } from '../../../src/schemas/salary.ts';
import { skillSchema } from '../../../src/schemas/skill.ts';
import { sourceSchema } from '../../../src/schemas/source.ts';
import { technologySchema } from '../../../src/schemas/technology.ts';

/** A plain stand-in for Astro's reference(): keeps the collection and id, checks nothing else. */
const ref = (collection: Parameters<ReferenceTo>[0]) => z.string().transform((id) => ({ collection, id }));

const salary = salaryFigureSchema(ref);
const outlook = outlookFigureSchema(ref);
const role = roleSchema(ref);
const guide = guideSchema(ref);

interface Found {
  path: string;
  message: string;
}

/** The issues a value raises, as "a.0.b" paths and messages; fails when it parses. */
function issues(schema: z.ZodType, value: unknown): Found[] {
  const result = schema.safeParse(value);
  assert.equal(result.success, false, `expected ${JSON.stringify(value)} to be refused`);
  return result.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

/** Asserts the value is refused with exactly this one issue. */
function refuses(schema: z.ZodType, value: unknown, path: string, message: string) {
  assert.deepEqual(issues(schema, value), [{ path, message }]);
}

/** Drops one key from a fixture. */
function without<T extends object>(value: T, key: keyof T): Partial<T> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

const yearMessage =
  'is not a year — give the year the figure refers to (for example 2023), or write "undated" when the source does not say';
const dateMessage = 'is not a date — write it as YYYY-MM-DD, e.g. 2026-11-23';
const todoMessage = 'still holds a TODO placeholder — replace it with real text';

const median = {
  id: 'bls-2023-median',
  region: 'US',
  currency: 'USD',
  period: 'year',
  level: 'all',
  statistic: 'median',
  amount: 130160,
  year: 2023,
  source: 'bls-ooh-2023',
};
const range = {
  id: 'fr-junior',
  region: 'FR',
  currency: 'EUR',
  period: 'year',
  level: 'junior',
  statistic: 'range',
  min: 35000,
  max: 48000,
  year: 'undated',
  source: 'french-job-profile',
};
const growth = {
  id: 'bls-growth-2023-2033',
  metric: 'employment-growth',
  value: 17,
  from: 2023,
  to: 2033,
  region: 'US',
  source: 'bls-ooh-2023',
};
const summary = 'Builds and runs the server-side code, databases and APIs that power websites and apps.';
const validRole = {
  title: 'Back-end developer',
  summary,
  family: 'software-engineering',
  lastReviewed: '2026-11-23',
  duties: ['Write the server-side logic behind a feature.'],
  skills: [{ skill: 'databases', detail: 'Designing and tuning SQL databases' }, { skill: 'collaboration' }],
  technologies: [{ technology: 'postgresql', usedFor: 'Relational data' }],
  education: { typical: "Bachelor's degree in computer science" },
  workEnvironment: { setting: 'Offices and homes', remote: 'Common', hours: 'Full time' },
  salaries: [median, range],
  outlook: [growth],
  progression: { leadsTo: ['senior-developer'] },
  related: ['frontend-developer'],
  sources: ['bls-ooh-2023', 'french-job-profile'],
};
const validGuide = {
  title: 'How to become a back-end developer',
  description: 'Degree, bootcamp or self-taught: the routes into back-end work and what to learn first.',
  published: '2026-11-20',
  author: 'Career Atlas editors',
  roles: ['backend-developer'],
  tags: ['education'],
};
const validSource = {
  publisher: 'U.S. Bureau of Labor Statistics',
  shortName: 'BLS',
  title: 'Occupational Outlook Handbook: Software Developers',
  url: 'https://www.bls.gov/ooh/computer-and-information-technology/software-developers.htm',
  dataYear: 2023,
  kind: 'official-statistics',
};
const validFamily = { name: 'Software engineering', description: 'People who write the code.', order: 1 };

describe('salary figure', () => {
  test('a median and a range parse, the source becoming a reference', () => {
    assert.deepEqual(salary.parse(median).source, { collection: 'sources', id: 'bls-ooh-2023' });
    const parsed = salary.parse(range);
    assert.equal(parsed.year, 'undated');
    assert.deepEqual([parsed.min, parsed.max], [35000, 48000]);
  });

  test('min greater than max is refused on min', () => {
    refuses(salary, { ...range, min: 50000, max: 40000 }, 'min', 'min (50000) is greater than max (40000) — swap them');
  });

  test('a range with one end is refused on the missing end', () => {
    refuses(salary, without(range, 'max'), 'max', 'a range needs both "min" and "max" — add the missing end');
  });

  test('an unknown currency code is refused', () => {
    refuses(
      salary,
      { ...median, currency: 'XYZ' },
      'currency',
      '"XYZ" is not an ISO 4217 currency code — use three capital letters such as "USD", "EUR" or "GBP".',
    );
  });

  test('an unknown region is refused, a subdivision of a known one accepted', () => {
    const message = (code: string) =>
      `"${code}" is not an ISO 3166 region code — use a two-letter country code such as "US", "GB" or "FR" (or "US-OK" for a state).`;
    refuses(salary, { ...median, region: 'ZZ' }, 'region', message('ZZ'));
    refuses(salary, { ...median, region: 'usa' }, 'region', message('usa'));
    assert.equal(salary.parse({ ...median, region: 'US-OK' }).region, 'US-OK');
  });

  test('a figure with no amount is refused', () => {
    refuses(
      salary,
      without(median, 'amount'),
      'amount',
      'the figure has no amount — give "amount", or "min" and "max" for a range',
    );
  });

  test('a figure with no source is refused on source', () => {
    const [issue, ...rest] = issues(salary, without(median, 'source'));
    assert.equal(rest.length, 0);
    assert.equal(issue!.path, 'source');
    assert.match(issue!.message, /expected string, received undefined/);
  });

  test('the year must be a year or "undated", never missing or guessed', () => {
    refuses(salary, without(median, 'year'), 'year', yearMessage);
    refuses(salary, { ...median, year: 'recent' }, 'year', yearMessage);
    refuses(salary, { ...median, year: 23 }, 'year', yearMessage);
    assert.equal(salary.parse({ ...median, year: 'undated' }).year, 'undated');
  });

  test('the statistic must match the amounts given', () => {
    refuses(
      salary,
      { ...range, statistic: 'median' },
      'statistic',
      'statistic is "median" but only a range is given — use "range", or add "amount"',
    );
  });
});

describe('outlook figure', () => {
  test('a projection parses', () => {
    assert.deepEqual(outlook.parse(growth).source, { collection: 'sources', id: 'bls-ooh-2023' });
  });

  test('a period that ends before it starts is refused on to', () => {
    refuses(
      outlook,
      { ...growth, from: 2033, to: 2023 },
      'to',
      'the period ends (2023) before it starts (2033) — check both years',
    );
  });

  test('an outlook figure needs a year and a known metric', () => {
    refuses(outlook, without(growth, 'from'), 'from', yearMessage);
    refuses(
      outlook,
      { ...growth, metric: 'vibes' },
      'metric',
      'is not a known metric — use employment-growth, employment-change, annual-openings or jobs',
    );
  });
});

describe('role', () => {
  test('a complete role parses, references resolved to ids and defaults filled', () => {
    const parsed = role.parse(validRole);
    assert.deepEqual(parsed.family, { collection: 'families', id: 'software-engineering' });
    assert.deepEqual(parsed.progression.leadsTo, [{ collection: 'roles', id: 'senior-developer' }]);
    assert.deepEqual(parsed.progression.comesFrom, []);
    assert.ok(parsed.lastReviewed instanceof Date);
    assert.equal(parsed.lastReviewed.toISOString().slice(0, 10), '2026-11-23');
    assert.deepEqual(parsed.compareWith, []);
  });

  test('skills and technologies are references, each with what the role says about it', () => {
    const parsed = role.parse(validRole);
    assert.deepEqual(parsed.skills, [
      { skill: { collection: 'skills', id: 'databases' }, detail: 'Designing and tuning SQL databases' },
      { skill: { collection: 'skills', id: 'collaboration' } },
    ]);
    assert.deepEqual(parsed.technologies, [
      { technology: { collection: 'technologies', id: 'postgresql' }, usedFor: 'Relational data' },
    ]);
    assert.deepEqual(role.parse(without(validRole, 'technologies')).technologies, []);
  });

  test('a skill or technology listed twice is refused on the second item', () => {
    refuses(
      role,
      { ...validRole, skills: [{ skill: 'databases' }, { skill: 'databases', detail: 'Again' }] },
      'skills.1.skill',
      '"databases" is listed twice — keep one item, and put everything the role says about it in its detail',
    );
    refuses(
      role,
      { ...validRole, technologies: [{ technology: 'go' }, { technology: 'go' }] },
      'technologies.1.technology',
      '"go" is listed twice — keep one item, and put everything the role says about it in its usedFor',
    );
  });

  test('free-text skills and technologies, the old form, are refused with what to write', () => {
    const found = issues(role, { ...validRole, skills: { technical: ['SQL'] }, technologies: { languages: ['Go'] } });
    assert.deepEqual(
      found.map((issue) => issue.path),
      ['skills', 'technologies'],
    );
  });

  test('a missing required field is refused on that field', () => {
    const [issue, ...rest] = issues(role, without(validRole, 'title'));
    assert.equal(rest.length, 0);
    assert.equal(issue!.path, 'title');
  });

  test('a summary under 50 or over 160 characters is refused', () => {
    const short = 'Writes server code.';
    const long = `${summary} ${summary}`;
    refuses(
      role,
      { ...validRole, summary: short },
      'summary',
      `is ${short.length} characters, too short for a summary — write at least 50`,
    );
    refuses(
      role,
      { ...validRole, summary: long },
      'summary',
      `is ${long.length} characters, too long for a summary — shorten it to 160 or fewer`,
    );
    assert.ok(long.length > 160);
  });

  test('supersededBy must name a figure in the same list', () => {
    refuses(
      role,
      { ...validRole, salaries: [{ ...median, supersededBy: 'bls-2030-median' }, range] },
      'salaries.0.supersededBy',
      'no figure with id "bls-2030-median" in salaries — name the id of the newer figure in the same list',
    );
    const older = { ...median, id: 'bls-2022-median', year: 2022, supersededBy: 'bls-2023-median' };
    assert.equal(role.parse({ ...validRole, salaries: [median, older] }).salaries[1]!.supersededBy, 'bls-2023-median');
  });

  test('a figure id used twice is refused on the second use, across salaries and outlook', () => {
    const twice = '"bls-2023-median" is used twice — each figure needs its own id';
    refuses(role, { ...validRole, salaries: [median, { ...range, id: median.id }] }, 'salaries.1.id', twice);
    refuses(role, { ...validRole, outlook: [{ ...growth, id: median.id }] }, 'outlook.0.id', twice);
  });

  test('a TODO placeholder is refused wherever prose is required', () => {
    refuses(role, { ...validRole, title: 'TODO' }, 'title', todoMessage);
    refuses(role, { ...validRole, duties: ['TODO: list the duties'] }, 'duties.0', todoMessage);
    refuses(role, { ...validRole, education: { typical: 'TODO' } }, 'education.typical', todoMessage);
  });

  test('a bad or impossible date is refused', () => {
    for (const lastReviewed of ['next Tuesday', '2026-13-01', '2026-02-30', '23/11/2026']) {
      refuses(role, { ...validRole, lastReviewed }, 'lastReviewed', dateMessage);
    }
  });

  test('lists must be lists, and a role needs a duty and a source', () => {
    refuses(
      role,
      { ...validRole, duties: 'Write code.' },
      'duties',
      'is not a list — write duties as a list, one "- item" per line',
    );
    refuses(role, { ...validRole, duties: [] }, 'duties', 'is empty — list at least one duty');
    refuses(
      role,
      { ...validRole, sources: [] },
      'sources',
      'is empty — cite at least one source id from content/sources/',
    );
  });

  test("errors inside a figure carry the figure's index", () => {
    refuses(
      role,
      { ...validRole, salaries: [median, { ...range, min: 90000 }] },
      'salaries.1.min',
      'min (90000) is greater than max (48000) — swap them',
    );
  });
});

describe('guide', () => {
  test('a guide parses, with its roles as references and draft off by default', () => {
    const parsed = guide.parse(validGuide);
    assert.deepEqual(parsed.roles, [{ collection: 'roles', id: 'backend-developer' }]);
    assert.equal(parsed.draft, false);
    assert.ok(parsed.published instanceof Date);
  });

  test('a description outside 50 to 160 characters is refused', () => {
    const short = 'Routes in.';
    refuses(
      guide,
      { ...validGuide, description: short },
      'description',
      `is ${short.length} characters, too short for a description — write at least 50`,
    );
  });

  test('an update before publication and a bad date are refused', () => {
    refuses(
      guide,
      { ...validGuide, updated: '2026-01-01' },
      'updated',
      'is earlier than "published" — an update cannot come before publication',
    );
    refuses(guide, { ...validGuide, published: 'soon' }, 'published', dateMessage);
  });

  test('a TODO title is refused', () => {
    refuses(guide, { ...validGuide, title: 'TODO' }, 'title', todoMessage);
  });
});

describe('source', () => {
  test('a source parses', () => {
    assert.equal(sourceSchema.parse(validSource).dataYear, 2023);
    assert.equal(sourceSchema.parse({ ...validSource, dataYear: 'undated' }).dataYear, 'undated');
  });

  test('a source must say which year its figures refer to', () => {
    refuses(sourceSchema, without(validSource, 'dataYear'), 'dataYear', yearMessage);
  });

  test('a URL must be a full web address, and the kind a known one', () => {
    refuses(
      sourceSchema,
      { ...validSource, url: 'bls.gov' },
      'url',
      'is not a web address — write the full address starting with https://',
    );
    refuses(
      sourceSchema,
      { ...validSource, kind: 'blog' },
      'kind',
      'is not a known kind — use one of official-statistics, official-guidance, employer-article, recruiter-article, job-board, editorial, survey',
    );
  });
});

describe('family', () => {
  test('a family parses, its order defaulting to 100', () => {
    assert.equal(familySchema.parse(validFamily).order, 1);
    assert.equal(familySchema.parse(without(validFamily, 'order')).order, 100);
  });

  test('a TODO description is refused', () => {
    refuses(familySchema, { ...validFamily, description: 'TODO' }, 'description', todoMessage);
  });
});

describe('technology', () => {
  const postgres = {
    name: 'PostgreSQL',
    category: 'database',
    aliases: ['Postgres'],
    website: 'https://www.postgresql.org/',
  };

  test('a technology parses; aliases default to none and the website is optional', () => {
    assert.deepEqual(technologySchema.parse(postgres), postgres);
    assert.deepEqual(technologySchema.parse({ name: 'SQL', category: 'language' }), {
      name: 'SQL',
      category: 'language',
      aliases: [],
    });
  });

  test('the category must be one of the five groups, and the website a full address', () => {
    refuses(
      technologySchema,
      { ...postgres, category: 'databases' },
      'category',
      'is not a known category — use one of language, framework, database, infrastructure, tool',
    );
    refuses(
      technologySchema,
      { ...postgres, website: 'postgresql.org' },
      'website',
      'is not a web address — write the full address starting with https://',
    );
  });
});

describe('skill', () => {
  test('a skill parses, and its kind is technical or personal', () => {
    const skill = skillSchema(ref);
    assert.equal(skill.parse({ name: 'Databases', kind: 'technical' }).aliases.length, 0);
    assert.deepEqual(skill.parse({ name: 'Go', kind: 'technical', broader: 'programming-languages' }).broader, {
      collection: 'skills',
      id: 'programming-languages',
    });
    refuses(skill, { name: 'Teamwork', kind: 'soft' }, 'kind', 'is not a known kind — use one of technical, personal');
  });
});
