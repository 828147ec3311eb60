// One rule decides "older figure" for the page and for the content check's warnings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isOlderFigure } from '../../../src/lib/figures/figure-age.ts';

const now = new Date('2026-06-01T00:00:00Z');

test('a figure more than the configured number of years old is older', () => {
  assert.equal(isOlderFigure({ year: 2022 }, now, 3), true);
  assert.equal(isOlderFigure({ year: 2023 }, now, 3), false, 'exactly three years is not more than three');
  assert.equal(isOlderFigure({ year: 2024 }, now, 1), true, 'the age limit is a setting, not a constant');
});

test('an undated figure is never marked: its age is unknown, not old', () => {
  assert.equal(isOlderFigure({ year: 'undated' }, now, 3), false);
});

test('a superseded figure shows as superseded instead of older', () => {
  assert.equal(isOlderFigure({ year: 2015, supersededBy: 'bls-2023-median' }, now, 3), false);
});
