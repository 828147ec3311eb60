// Small typed stand-ins for resolved content, shared by the SEO unit tests.
import type { SalaryInput } from '../../src/lib/jsonld/salary-distribution.ts';
import type { OccupationInput } from '../../src/lib/jsonld/occupation.ts';

export const bls = { data: { publisher: 'U.S. Bureau of Labor Statistics', shortName: 'BLS' } };
export const recruiter = { data: { publisher: 'Remote Tech Jobs' } };

export function figure(overrides: Partial<SalaryInput> & Pick<SalaryInput, 'id'>): SalaryInput {
  return {
    region: 'US',
    currency: 'USD',
    period: 'year',
    level: 'all',
    statistic: 'median',
    amount: 100000,
    year: 2023,
    source: bls,
    ...overrides,
  };
}

export function occupation(overrides: Partial<OccupationInput> = {}): OccupationInput {
  return {
    title: 'Back-end developer',
    aliases: ['Backend engineer'],
    summary: 'Builds and runs the server-side code, databases and APIs behind websites and apps.',
    lastReviewed: new Date('2026-11-23'),
    duties: ['Write server-side logic'],
    skills: ['SQL', 'Teamwork'],
    education: { typical: "Bachelor's degree", routes: [], certifications: [] },
    occupations: [{ system: 'US-SOC-2018', code: '15-1252', title: 'Software Developers' }],
    salaries: [],
    ...overrides,
  };
}
