// A small typed stand-in for a resolved role as the Occupation JSON-LD reads it (salaries: support/salary-figures.ts).
import type { OccupationInput } from '../../../src/lib/jsonld/occupation.ts';

export function occupation(overrides: Partial<OccupationInput> = {}): OccupationInput {
  return {
    title: 'Back-end developer',
    aliases: ['Backend engineer'],
    summary: 'Builds and runs the server-side code, databases and APIs behind websites and apps.',
    lastReviewed: new Date('2026-11-23'),
    education: { typical: "Bachelor's degree", routes: [], certifications: [] },
    occupations: [{ system: 'US-SOC-2018', code: '15-1252', title: 'Software Developers' }],
    salaries: [],
    ...overrides,
  };
}
