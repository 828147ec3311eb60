import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimatedSalaries, headlinePay, pluralTitle } from '../../../src/lib/figures/headline.ts';
import { expandFigureTokens } from '../../../src/lib/figures/figure-tokens.ts';
import type { Relation, SalaryFigure } from '../../../src/lib/model/figure-types.ts';

const source = { id: 'bls-ooh-2024', data: { publisher: 'U.S. Bureau of Labor Statistics', shortName: 'BLS' } };

function figure(id: string, amount: number, overrides: Partial<SalaryFigure> = {}): SalaryFigure {
  return {
    id,
    region: 'US',
    currency: 'USD',
    period: 'year',
    level: 'all',
    statistic: 'median',
    amount,
    year: 2024,
    source,
    older: false,
    ...overrides,
  } as SalaryFigure;
}

/** An official figure of an occupation with `codes`, found through a code the role relates to by `relation`. */
function official(id: string, amount: number, relation: Relation, codes: string[], title: string, year = 2024) {
  return figure(id, amount, {
    year,
    official: {
      edition: 'bls-ooh-2024',
      editionLabel: '2024–34',
      dataset: 'Occupational Outlook Handbook',
      occupation: 'x',
      occupationTitle: title,
      classification: 'US-SOC-2018',
      codes,
      url: 'https://www.bls.gov/ooh/',
      relation,
      statistic: 'median-annual',
    },
  });
}

const role = (title: string, salaries: SalaryFigure[]) => ({ entry: { data: { title } }, salaries });

describe('headlinePay: the narrowest official figure that counts the role', () => {
  it('is: the role’s own occupation alone, not the combined profile it sits in', () => {
    const combined = official(
      'combined',
      123100,
      'is',
      ['15-1242', '15-1243'],
      'Database administrators and architects',
    );
    const own = official('own', 104620, 'is', ['15-1242'], 'Database administrators');
    const architects = {
      ...official('arch', 135980, 'is', ['15-1243'], 'Database architects'),
      context: true as const,
    };
    const headline = headlinePay(role('Database administrator', [combined, architects, own]));
    assert.equal(headline?.figure.id, 'own');
    assert.equal(headline?.group, undefined, 'the role’s own figure needs no group named');
  });

  it('is, with only the combined figure: names the combined group', () => {
    const combined = official(
      'combined',
      123100,
      'is',
      ['15-1242', '15-1243'],
      'Database administrators and architects',
    );
    assert.equal(
      headlinePay(role('Database administrator', [combined]))?.group,
      'Database administrators are counted among database administrators and architects',
    );
  });

  it('counted-under: the group’s figure, and the headline names the group', () => {
    const managers = official(
      'managers',
      164070,
      'counted-under',
      ['11-3021'],
      'Computer and information systems managers',
      2022,
    );
    const article = figure('article', 250000, { year: 2025, source: { id: 'a', data: { publisher: 'A' } } as never });
    const headline = headlinePay(role('Chief technology officer (CTO)', [article, managers]));
    assert.equal(headline?.figure.id, 'managers', 'an official figure leads, even one older than an article’s');
    assert.equal(headline?.group, 'CTOs are counted among computer and information systems managers');
  });

  it('part-of: the occupation the role is one job of, named as such', () => {
    const architects = official('architects', 135980, 'part-of', ['15-1243'], 'Database architects');
    const headline = headlinePay(role('Data warehousing specialist', [architects]));
    assert.equal(headline?.figure.id, 'architects');
    assert.equal(headline?.group, 'Data warehousing specialists are one of the jobs counted as database architects');
  });

  it('none: no official figure counts the role, so its best current article figure leads, with no group', () => {
    const old = figure('old', 90000, {
      year: 2020,
      supersededBy: 'new',
      source: { id: 'a', data: { publisher: 'A' } } as never,
    });
    const hourly = figure('hourly', 60, { period: 'hour', source: { id: 'a', data: { publisher: 'A' } } as never });
    const current = figure('new', 95000, { year: 2023, source: { id: 'a', data: { publisher: 'A' } } as never });
    const headline = headlinePay(role('Front-end developer', [old, hourly, current]));
    assert.equal(headline?.figure.id, 'new');
    assert.equal(headline?.group, undefined);
    assert.equal(headlinePay(role('Front-end developer', [])), undefined);
  });

  it('never leads with a figure shown only for context', () => {
    const context = { ...official('ctx', 1, 'is', ['15-1243'], 'Database architects'), context: true as const };
    assert.equal(headlinePay(role('Database administrator', [context])), undefined);
  });
});

describe('the other readers of the headline', () => {
  const combined = official('combined', 123100, 'is', ['15-1242', '15-1243'], 'Database administrators and architects');
  const own = official('own', 104620, 'is', ['15-1242'], 'Database administrators');
  const oklahoma = figure('ok', 90000, { region: 'US-OK', source: { id: 'a', data: { publisher: 'A' } } as never });

  it('JSON-LD’s estimated salary: the headline first, then the role’s own article figures, no wider group', () => {
    assert.deepEqual(
      estimatedSalaries({ salaries: [combined, oklahoma, own] }).map((f) => f.id),
      ['own', 'ok'],
    );
  });

  it('the {{salary:headline}} FAQ token fills in the headline figure', () => {
    const { text, unknown } = expandFigureTokens('About {{salary:headline}}.', {
      salaries: [combined, own],
      outlook: [],
    });
    assert.equal(text, 'About $104,620 a year.');
    assert.deepEqual(unknown, []);
  });

  it('plural titles: an abbreviation in brackets stands for the role', () => {
    assert.equal(pluralTitle('Chief technology officer (CTO)'), 'CTOs');
    assert.equal(pluralTitle('Data engineer'), 'Data engineers');
  });
});
