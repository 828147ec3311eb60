// Issue 18: a note about an occupation entry ("For work experience … see How to Become One", "read from the group
// page", "an older code") was printed on every pay and outlook row of that occupation. It is shown once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { officialFigures } from '../../../src/lib/figures/official-figures.ts';
import type { EditionEntry, EditionOccupation } from '../../../src/lib/model/figure-types.ts';

const note = 'This edition still used the older code 15-1143.';
const occupation = (id: string, code: string): EditionOccupation => ({
  id,
  title: id,
  codes: [code],
  url: `https://www.bls.gov/ooh/${id}.htm`,
  quotedBy: [],
  note,
  pay: { medianAnnual: 100000, medianHourly: 48.08, occupations: [] },
  jobs: { count: 1000, year: 2023 },
  projections: { growthPercent: 5, change: 50, openingsPerYear: 10 },
});
const edition = (id: string, year: number, occupations: EditionOccupation[]): EditionEntry => ({
  id,
  data: {
    publisher: 'U.S. Bureau of Labor Statistics',
    dataset: 'Occupational Outlook Handbook',
    edition: String(year),
    url: 'https://www.bls.gov/ooh/',
    classification: 'US-SOC-2018',
    region: 'US',
    currency: 'USD',
    wages: { year },
    projections: { from: year, to: year + 10 },
    occupations,
  },
});

test('an occupation’s note is on one of its figures per edition, not on every pay and outlook row', () => {
  const { salaries, outlook } = officialFigures(
    [{ system: 'US-SOC-2018', code: '15-1241', relation: 'is' }],
    [
      edition('e2022', 2022, [occupation('architects', '15-1241')]),
      edition('e2023', 2023, [occupation('architects', '15-1241')]),
    ],
  );
  const figures = [...salaries, ...outlook];
  assert.equal(figures.length, 12, 'two editions of median, hourly, growth, change, openings and jobs');
  const noted = figures.filter((f) => f.note?.includes(note)).map((f) => f.id);
  assert.deepEqual(noted, ['e2023-architects-median', 'e2022-architects-median']);
  const hourly = salaries.find((f) => f.period === 'hour');
  assert.equal(hourly?.note, 'The hourly form of the median.', 'the hourly row keeps its own note only');
});
