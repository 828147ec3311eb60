import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  compareFigures,
  comparePairs,
  gap,
  outlookBasis,
  pairSlug,
  salaryBasis,
  type ComparableSalary,
  type RoleLinks,
} from '../../../src/lib/compare/role-pairs.ts';
import { linkSentence, whyNotComparable } from '../../../src/lib/compare/compare-roles.ts';

const links = (id: string, fields: Partial<Omit<RoleLinks, 'id'>> = {}): RoleLinks => ({
  id,
  leadsTo: [],
  comesFrom: [],
  related: [],
  compareWith: [],
  ...fields,
});

describe('which pairs of roles get a compare page', () => {
  test('one page per linked pair, in one fixed order, whichever side names the link', () => {
    const pairs = comparePairs([
      links('backend', { leadsTo: ['devops'], related: ['frontend'] }),
      links('devops', { comesFrom: ['backend'], related: ['backend'] }),
      links('frontend', { related: ['backend'] }),
      links('cto', { compareWith: ['frontend'] }),
    ]);
    assert.deepEqual(
      pairs.map((p) => [p.slug, p.a, p.b, p.reasons]),
      [
        ['backend-vs-devops', 'backend', 'devops', ['progression', 'related']],
        ['backend-vs-frontend', 'backend', 'frontend', ['related']],
        ['cto-vs-frontend', 'cto', 'frontend', ['editors']],
      ],
    );
    assert.equal(pairSlug('devops', 'backend'), 'backend-vs-devops', 'b-vs-a is never an address');
  });

  test('links to roles that do not exist, and to the role itself, make no page', () => {
    assert.deepEqual(comparePairs([links('a', { leadsTo: ['ghost', 'a'] })]), []);
  });

  test('the number of pages grows with the links, not with every pair of roles', () => {
    for (const n of [10, 100, 1000]) {
      const id = (i: number) => `role-${String(i % n).padStart(4, '0')}`;
      // A ring in which each role leads to the next two, as the benchmark's synthetic roles do.
      const roles = Array.from({ length: n }, (_, i) => links(id(i), { leadsTo: [id(i + 1), id(i + 2)] }));
      assert.equal(comparePairs(roles).length, 2 * n, `${n} roles`);
    }
  });
});

describe('the gap between two lists', () => {
  test('what both have, and what each would add', () => {
    const result = gap(['sql', 'git', 'go'], ['git', 'terraform', 'sql'], (x) => x);
    assert.deepEqual(result.shared, [
      { a: 'sql', b: 'sql' },
      { a: 'git', b: 'git' },
    ]);
    assert.deepEqual(result.onlyA, ['go']);
    assert.deepEqual(result.onlyB, ['terraform']);
  });

  test('a narrower skill counts for the wider one, but not the other way round', () => {
    const wider = (id: string) => (id === 'programming-languages' ? ['software-development'] : []);
    const result = gap(['programming-languages'], ['software-development'], (x) => x, wider);
    assert.deepEqual(result.shared, [{ a: 'programming-languages', b: 'software-development', narrower: 'a' }]);
    assert.deepEqual(result.onlyB, [], 'someone who knows programming languages has software development');
    assert.deepEqual(result.onlyA, ['programming-languages'], 'the wider skill alone does not give the narrower');
  });
});

const figure = (fields: Partial<ComparableSalary> & { id: string }): ComparableSalary => ({
  region: 'US',
  currency: 'USD',
  period: 'year',
  level: 'all',
  statistic: 'median',
  year: 2023,
  source: { id: 'survey' },
  ...fields,
});
const official = (edition: string, occupation: string, statistic = 'median-annual') => ({
  edition,
  occupation,
  statistic,
});

describe('figures side by side', () => {
  test('only figures with the same source, year, region, currency, period, level and statistic are paired', () => {
    const a = [
      figure({ id: 'a1' }),
      figure({ id: 'a2', level: 'senior' }),
      figure({ id: 'a3', region: 'FR', currency: 'EUR' }),
    ];
    const b = [
      figure({ id: 'b1' }),
      figure({ id: 'b2', level: 'junior' }),
      figure({ id: 'b3', region: 'FR', currency: 'EUR', year: 2022 }),
    ];
    const result = compareFigures(a, b, salaryBasis);
    assert.deepEqual(
      result.rows.map((r) => [r.a.map((f) => f.id), r.b.map((f) => f.id)]),
      [[['a1'], ['b1']]],
    );
    assert.deepEqual(
      result.unmatchedA.map((f) => f.id),
      ['a2', 'a3'],
    );
  });

  test('official figures pair by edition and kind of statistic; only the very same figure is flagged', () => {
    const a = [
      figure({ id: 'dba-group', source: { id: 'bls-2024' }, official: official('bls-2024', 'dba') }),
      figure({
        id: 'dba-own',
        source: { id: 'bls-2024' },
        official: official('bls-2024', 'dba', 'median-annual:15-1242'),
      }),
    ];
    const b = [
      figure({ id: 'de-group', source: { id: 'bls-2024' }, official: official('bls-2024', 'dba') }),
      figure({
        id: 'de-own',
        source: { id: 'bls-2024' },
        official: official('bls-2024', 'dba', 'median-annual:15-1243'),
      }),
    ];
    const rows = compareFigures(a, b, salaryBasis).rows;
    assert.deepEqual(
      rows.map((r) => [r.a[0]!.id, r.b[0]!.id, r.sameOccupation]),
      [
        ['dba-group', 'de-group', true],
        ['dba-own', 'de-own', false],
      ],
      'the combined profile is one figure; the medians of its two occupations are two figures',
    );
  });

  test('superseded figures and figures shown only for context are never set side by side', () => {
    const a = [figure({ id: 'old', supersededBy: 'new' }), figure({ id: 'ctx', context: true })];
    const b = [figure({ id: 'b' })];
    const result = compareFigures(a, b, salaryBasis);
    assert.deepEqual(result.rows, []);
    assert.deepEqual(result.unmatchedA, []);
  });

  test('outlook figures pair by source or edition, measure, region and period', () => {
    const growth = { metric: 'employment-growth', region: 'US', from: 2023, to: 2033, source: { id: 's' } };
    assert.equal(outlookBasis({ id: 'x', ...growth }), outlookBasis({ id: 'y', ...growth }));
    assert.notEqual(outlookBasis({ id: 'x', ...growth }), outlookBasis({ id: 'y', ...growth, to: 2034 }));
  });
});

describe('what the page says', () => {
  const role = (id: string, fields: Partial<Record<'leadsTo' | 'related' | 'compareWith', { id: string }[]>> = {}) =>
    ({ id, title: id, leadsTo: [], related: [], compareWith: [], ...fields }) as never;

  test('the link between the two roles, from the data', () => {
    assert.equal(
      linkSentence(role('Back-end developer', { leadsTo: [{ id: 'DevOps engineer' }] }), role('DevOps engineer')),
      'Our profiles record a career step from back-end developer to DevOps engineer.',
    );
    assert.equal(
      linkSentence(role('A', { compareWith: [{ id: 'B' }] }), role('B')),
      'Our editors set these two roles side by side.',
    );
  });

  test('why no figure can be set side by side', () => {
    const none = { salaries: [], outlook: [] };
    const some = {
      salaries: [
        {
          id: 'x',
          source: { id: 's', data: { publisher: 'Survey Inc', shortName: 'Survey' } },
          supersededBy: undefined,
        },
      ],
      outlook: [],
    };
    assert.match(
      whyNotComparable({ title: 'CTO', ...none } as never, { title: 'Data engineer', ...none } as never),
      /Neither profile has a sourced pay or outlook figure/,
    );
    assert.match(
      whyNotComparable({ title: 'CTO', ...some } as never, { title: 'Data engineer', ...none } as never),
      /The data engineer profile has no sourced pay or outlook figure yet/,
    );
    assert.match(
      whyNotComparable({ title: 'CTO', ...some } as never, { title: 'Data engineer', ...some } as never),
      /the CTO figures come from Survey, the data engineer figures from Survey/,
    );
  });
});
