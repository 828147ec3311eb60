// One salary figure fixture for every test that needs one (the pay chart, its SVG, JSON-LD, preview cards):
// a current, dated, annual BLS median, which each test changes only where its point lies.
import type { ChartFigure } from '../../../src/lib/charts/salary-chart.ts';
import type { SalaryInput } from '../../../src/lib/jsonld/salary-distribution.ts';

/** A source as a resolved figure carries it: who published it, and the short name citations use. */
export const namedSource = (publisher: string, shortName?: string) => ({
  data: shortName === undefined ? { publisher } : { publisher, shortName },
});
export const bls = namedSource('U.S. Bureau of Labor Statistics', 'BLS');
export const recruiter = namedSource('Remote Tech Jobs');

/** What the chart, the structured data and the preview card all read from a resolved salary figure. */
export type FixtureSalary = ChartFigure & SalaryInput;

export function salaryFigure(overrides: Partial<FixtureSalary> = {}): FixtureSalary {
  return {
    id: 'f',
    region: 'US',
    currency: 'USD',
    period: 'year',
    level: 'all',
    statistic: 'median',
    amount: 100000,
    year: 2023,
    source: bls,
    older: false,
    ...overrides,
  };
}
