import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expandFigureTokens, type FigureSets } from '../../../src/lib/figures/figure-tokens.ts';

const source = { data: { publisher: 'U.S. Bureau of Labor Statistics', shortName: 'BLS', dataYear: 2023 } };
const figures = {
  salaries: [
    {
      id: 'median',
      region: 'US',
      currency: 'USD',
      period: 'year',
      level: 'all',
      statistic: 'median',
      amount: 130160,
      year: 2023,
      source,
      older: false,
    },
    {
      id: 'fr-junior',
      region: 'FR',
      currency: 'EUR',
      period: 'year',
      level: 'junior',
      statistic: 'range',
      min: 35000,
      max: 48000,
      year: 'undated',
      source,
      older: false,
    },
    {
      id: 'hourly',
      region: 'US',
      currency: 'USD',
      period: 'hour',
      level: 'senior',
      statistic: 'average',
      amount: 68.27,
      year: 'undated',
      source,
      older: false,
    },
  ],
  outlook: [
    { id: 'growth', metric: 'employment-growth', value: 17, from: 2023, to: 2033, region: 'US', source, older: false },
  ],
} as unknown as FigureSets;

describe('expandFigureTokens', () => {
  it('fills salary tokens from the typed figure, in its own currency and period', () => {
    const { text, unknown } = expandFigureTokens(
      'Median {{salary:median}}; juniors {{ salary:fr-junior }}; {{salary:hourly}}.',
      figures,
    );
    assert.equal(text, 'Median $130,160 a year; juniors €35,000–€48,000 a year; $68.27 an hour.');
    assert.deepEqual(unknown, []);
  });

  it('fills outlook tokens', () => {
    assert.equal(expandFigureTokens('Growth of {{outlook:growth}}.', figures).text, 'Growth of 17%.');
  });

  it('reports a token that names no figure instead of printing a made-up value', () => {
    const { text, unknown } = expandFigureTokens('About {{salary:nope}} a year.', figures);
    assert.deepEqual(unknown, ['{{salary:nope}}']);
    assert.equal(text, 'About {{salary:nope}} a year.');
  });

  it('leaves text without tokens alone', () => {
    assert.equal(expandFigureTokens('No figures here.', figures).text, 'No figures here.');
  });
});
