import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { comparePay, noPayFigure, type HeadlinePayFigure } from '../../src/lib/compare/pay-comparison.ts';

const software = { occupationTitle: 'Software developers', codes: ['15-1252'], relation: 'counted-under' };
const managers = { occupationTitle: 'Computer and information systems managers', codes: ['11-3021'], relation: 'is' };
const figure = (fields: Partial<HeadlinePayFigure> = {}): HeadlinePayFigure => ({
  id: 'f',
  amount: 130160,
  currency: 'USD',
  period: 'year',
  statistic: 'median',
  level: 'all',
  region: 'US',
  year: 2023,
  asOf: 'May 2023',
  official: { ...software, edition: 'bls-2023' },
  ...fields,
});

describe('comparing two roles’ headline pay', () => {
  test('both roles counted in one occupation: the same number, and why it says nothing about who earns more', () => {
    const pay = comparePay(
      { title: 'Back-end developer', figure: figure() },
      { title: 'DevOps engineer', figure: figure() },
    );
    assert.equal(pay.comparability, 'same-occupation');
    assert.match(pay.sentence, /count both roles in one occupation, software developers/);
    assert.equal(pay.a.amount, '$130,160 a year');
    assert.equal(pay.a.when, 'May 2023');
    assert.equal(pay.b.group, 'Software developers');
  });

  test('different years: both figures shown, and the year named as part of the gap', () => {
    const pay = comparePay(
      { title: 'Back-end developer', figure: figure() },
      {
        title: 'Engineering manager',
        figure: figure({
          amount: 164070,
          year: 2022,
          asOf: 'May 2022',
          official: { ...managers, edition: 'bls-2022' },
        }),
      },
    );
    assert.equal(pay.comparability, 'different-years');
    assert.match(pay.sentence, /different years \(May 2023 and May 2022\)/);
    assert.match(pay.sentence, /the engineering manager figure is \$33,910 higher/);
    assert.equal(pay.b.amount, '$164,070 a year');
  });

  test('same year and measure, different occupations: comparable, with the gap and the groups it is between', () => {
    const pay = comparePay(
      { title: 'Back-end developer', figure: figure() },
      { title: 'IT director', figure: figure({ amount: 170000, official: { ...managers, edition: 'bls-2023' } }) },
    );
    assert.equal(pay.comparability, 'like-for-like');
    assert.match(pay.sentence, /^Comparable: both are median pay a year in the United States for May 2023/);
    assert.match(pay.sentence, /IT director figure is \$39,840 higher; those groups are wider than the roles/);
  });

  test('different measures: says what each measures instead of weighing them', () => {
    const pay = comparePay(
      { title: 'A', figure: figure() },
      { title: 'B', figure: figure({ statistic: 'average', region: 'GB', currency: 'GBP', official: undefined }) },
    );
    assert.equal(pay.comparability, 'different-measures');
    assert.match(
      pay.sentence,
      /one is median pay a year in the United States, the other average pay a year in the United Kingdom/,
    );
  });

  test('a role with no figure: its plain line, and a sentence that says so without estimating', () => {
    const pay = comparePay({ title: 'Front-end developer' }, { title: 'Back-end developer', figure: figure() });
    assert.equal(pay.comparability, 'missing');
    assert.equal(pay.a.amount, noPayFigure);
    assert.match(pay.sentence, /the front-end developer profile has no sourced pay figure, and we never estimate one/);
    assert.match(comparePay({ title: 'A' }, { title: 'B' }).sentence, /^Neither profile/);
  });
});
