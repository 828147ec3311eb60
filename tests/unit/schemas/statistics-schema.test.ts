// What a statistics edition and a role's occupation codes accept and refuse, with the editor's message.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'astro/zod';
import type { ReferenceTo } from '../../../src/schemas/common.ts';
import { roleSchema } from '../../../src/schemas/role.ts';
import { statisticsEditionSchema } from '../../../src/schemas/statistics.ts';

const ref = (collection: Parameters<ReferenceTo>[0]) => z.string().transform((id) => ({ collection, id }));
const edition = statisticsEditionSchema(ref);
const role = roleSchema(ref);

function refuses(schema: z.ZodType, value: unknown, path: string, message: string) {
  const result = schema.safeParse(value);
  assert.equal(result.success, false, `expected ${JSON.stringify(value)} to be refused`);
  assert.deepEqual(
    result.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    [{ path, message }],
  );
}

const occupation = {
  id: 'software-developers',
  title: 'Software developers, quality assurance analysts, and testers',
  codes: ['15-1252', '15-1253'],
  url: 'https://www.bls.gov/ooh/computer-and-information-technology/software-developers.htm',
  pay: {
    medianAnnual: 130160,
    medianHourly: 62.58,
    occupations: [{ code: '15-1252', title: 'Software developers', medianAnnual: 132270 }],
  },
  jobs: { count: 1897100, year: 2023 },
  projections: { growthPercent: 17, pace: 'much faster than average', change: 327900, openingsPerYear: 140100 },
  entry: { education: "Bachelor's degree", experience: 'None', training: 'None' },
};
const valid = {
  publisher: 'U.S. Bureau of Labor Statistics',
  shortName: 'BLS',
  dataset: 'Occupational Outlook Handbook',
  edition: '2023–33',
  url: 'https://www.bls.gov/ooh/',
  classification: 'US-SOC-2018',
  region: 'US',
  currency: 'USD',
  wages: { year: 2023, month: 'May' },
  projections: { from: 2023, to: 2033 },
  occupations: [occupation],
};
const withOccupation = (changes: Record<string, unknown>) => ({
  ...valid,
  occupations: [{ ...occupation, ...changes }],
});

describe('statistics edition', () => {
  test('accepts an edition with every figure an Occupational Outlook Handbook summary gives', () => {
    const parsed = edition.parse(valid);
    assert.equal(parsed.occupations[0]!.pay!.medianAnnual, 130160);
    assert.deepEqual(parsed.occupations[0]!.quotedBy, []);
  });

  test('accepts percentiles and a classification other than U.S. SOC without a schema change', () => {
    const uk = {
      ...valid,
      classification: 'UK-SOC-2020',
      region: 'GB',
      currency: 'GBP',
      projections: undefined,
      occupations: [
        {
          id: 'programmers',
          title: 'Programmers and software development professionals',
          codes: ['2134'],
          url: 'https://example.org/2134',
          pay: { medianAnnual: 50000, percentiles: { p10: 30000, p90: 80000 } },
        },
      ],
    };
    assert.equal(edition.parse(uk).occupations[0]!.pay!.percentiles!.p90, 80000);
  });

  test('refuses a code that does not have the shape of its classification', () => {
    refuses(
      edition,
      withOccupation({ codes: ['151252'], pay: { medianAnnual: 1 } }),
      'occupations.0.codes.0',
      '"151252" is not a U.S. SOC 2018 code — write it like "15-1252"',
    );
  });

  test('refuses a code written as a number, which YAML makes of an unquoted 2134', () => {
    refuses(
      edition,
      { ...valid, classification: 'UK-SOC-2020', occupations: [{ ...occupation, codes: [2134], pay: undefined }] },
      'occupations.0.codes.0',
      'is not a code — write it in quotes, like "15-1252"',
    );
  });

  test('refuses growth written as text', () => {
    refuses(
      edition,
      withOccupation({ projections: { growthPercent: '17' } }),
      'occupations.0.projections.growthPercent',
      'is not a number — write the percentage as digits, without the % sign',
    );
  });

  test('refuses a percentage outside -100..1000', () => {
    refuses(
      edition,
      withOccupation({ projections: { growthPercent: 1700 } }),
      'occupations.0.projections.growthPercent',
      'is above 1000 — check the figure; write 17 for 17%',
    );
    refuses(
      edition,
      withOccupation({ projections: { growthPercent: -101 } }),
      'occupations.0.projections.growthPercent',
      'is below -100 — employment cannot shrink by more than all of it',
    );
  });

  test('refuses an impossible projection period', () => {
    refuses(
      edition,
      { ...valid, projections: { from: 2033, to: 2023 } },
      'projections.to',
      'the projection period ends (2023) before it starts (2033) — check both years',
    );
    refuses(
      edition,
      { ...valid, projections: { from: 2023, to: 2073 } },
      'projections.to',
      'a projection of 50 years is not plausible — check both years',
    );
  });

  test('refuses an edition without its wage year', () => {
    refuses(
      edition,
      { ...valid, wages: { month: 'May' } },
      'wages.year',
      'is not a year — write the year as four digits, for example 2023',
    );
  });

  test('refuses a missing source field', () => {
    const { url: _, ...noUrl } = occupation;
    const result = edition.safeParse({ ...valid, occupations: [noUrl] });
    assert.equal(result.success, false);
    assert.deepEqual(
      result.error!.issues.map((i) => i.path.join('.')),
      ['occupations.0.url'],
    );
  });

  test('refuses the same code in two occupations of one edition', () => {
    refuses(
      edition,
      { ...valid, occupations: [occupation, { ...occupation, id: 'again', pay: undefined, codes: ['15-1253'] }] },
      'occupations.1.codes.0',
      '15-1253 is already counted by "software-developers" in this file — an edition gives one set of figures per code; merge the two',
    );
  });

  test('refuses a sub-occupation median for a code the profile does not count', () => {
    refuses(
      edition,
      withOccupation({ pay: { occupations: [{ code: '15-1299', title: 'Other', medianAnnual: 1 }] } }),
      'occupations.0.pay.occupations.0.code',
      '15-1299 is not one of this profile\'s codes (15-1252, 15-1253) — add it to "codes" or fix it',
    );
  });

  test('refuses projections in a file without a projection period', () => {
    refuses(
      edition,
      { ...valid, projections: undefined },
      'occupations.0.projections',
      'gives projections, but the file has no "projections" period — add "projections: { from, to }" at the top',
    );
  });
});

describe("a role's occupation codes", () => {
  const base = {
    title: 'Back-end developer',
    summary: 'Builds and runs the server-side code, databases and APIs that power websites and apps.',
    family: 'software-engineering',
    lastReviewed: '2026-11-23',
    duties: ['Write server code'],
    sources: ['spherion'],
  };
  const codes = (occupationCodes: unknown[]) => ({ ...base, occupationCodes });

  test('accepts a role that is counted under an occupation, with the sentence readers see', () => {
    const parsed = role.parse(
      codes([{ system: 'US-SOC-2018', code: '15-1252', relation: 'counted-under', note: 'Counted as developers.' }]),
    );
    assert.equal(parsed.occupationCodes[0]!.relation, 'counted-under');
  });

  test('refuses "counted-under" or "part-of" without the sentence', () => {
    refuses(
      role,
      codes([{ system: 'US-SOC-2018', code: '15-1252', relation: 'part-of' }]),
      'occupationCodes.0.note',
      'is missing — a role "part-of" an occupation needs a sentence telling readers what the official figures count',
    );
  });

  test('accepts SOC codes outside the computer group: hardware engineers (17-2061) and IT managers (11-3021)', () => {
    const parsed = role.parse(
      codes([
        { system: 'US-SOC-2018', code: '17-2061', relation: 'is' },
        { system: 'US-SOC-2018', code: '11-3021', relation: 'counted-under', note: 'Counted as IT managers.' },
      ]),
    );
    assert.deepEqual(
      parsed.occupationCodes.map((mapping) => mapping.code),
      ['17-2061', '11-3021'],
    );
    const hardware = edition.parse(withOccupation({ id: 'computer-hardware-engineers', codes: ['17-2061'], pay: {} }));
    assert.deepEqual(hardware.occupations[0]!.codes, ['17-2061']);
  });

  test('refuses an unknown relation and a malformed code', () => {
    refuses(
      role,
      codes([{ system: 'US-SOC-2018', code: '15-1252', relation: 'like' }]),
      'occupationCodes.0.relation',
      'is not a known relation — use one of is, counted-under, part-of',
    );
    refuses(
      role,
      codes([{ system: 'US-SOC-2018', code: '15 1252', relation: 'is' }]),
      'occupationCodes.0.code',
      '"15 1252" is not a U.S. SOC 2018 code — write it like "15-1252"',
    );
  });
});
