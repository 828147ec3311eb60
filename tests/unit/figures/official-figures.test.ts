// How a role's official figures are derived from editions of statistics through its occupation codes:
// ids, scope, context figures, and which edition supersedes which, with expectations written by hand.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeCode, officialEntry, officialFigures } from '../../../src/lib/figures/official-figures.ts';
import type { EditionEntry, EditionOccupation, OccupationMapping } from '../../../src/lib/model/figure-types.ts';

const edition = (
  id: string,
  year: number,
  occupations: EditionOccupation[],
  projections: { from: number; to: number } | undefined = { from: year, to: year + 10 },
): EditionEntry => ({
  id,
  data: {
    publisher: 'U.S. Bureau of Labor Statistics',
    shortName: 'BLS',
    dataset: 'Occupational Outlook Handbook',
    edition: `${year}–${String(year + 10).slice(2)}`,
    url: 'https://www.bls.gov/ooh/',
    classification: 'US-SOC-2018',
    region: 'US',
    currency: 'USD',
    wages: { year, month: 'May' },
    projections,
    occupations,
  },
});

const developers = (changes: Partial<EditionOccupation> = {}): EditionOccupation => ({
  id: 'software-developers',
  title: 'Software developers, quality assurance analysts, and testers',
  codes: ['15-1252', '15-1253'],
  url: 'https://www.bls.gov/ooh/software-developers.htm',
  quotedBy: [],
  pay: {
    medianAnnual: 130160,
    medianHourly: 62.58,
    occupations: [
      { code: '15-1252', title: 'Software developers', medianAnnual: 132270 },
      { code: '15-1253', title: 'Software quality assurance analysts and testers', medianAnnual: 101800 },
    ],
  },
  jobs: { count: 1897100, year: 2023 },
  projections: { growthPercent: 17, pace: 'much faster than average', change: 327900, openingsPerYear: 140100 },
  entry: { education: "Bachelor's degree", experience: 'None', training: 'None' },
  ...changes,
});

const countedUnder: OccupationMapping[] = [
  { system: 'US-SOC-2018', code: '15-1252', relation: 'counted-under', note: 'Counted as software developers.' },
];

describe('officialFigures', () => {
  test('a role counted under one code of a combined profile gets the group, its own code and the rest as context', () => {
    const { salaries, outlook } = officialFigures(countedUnder, [edition('bls-ooh-2023', 2023, [developers()])]);
    assert.deepEqual(
      salaries.map((f) => [f.id, f.period, f.amount, f.context ?? false]),
      [
        ['bls-ooh-2023-software-developers-median', 'year', 130160, false],
        ['bls-ooh-2023-software-developers-median-hourly', 'hour', 62.58, false],
        ['bls-ooh-2023-software-developers-median-15-1252', 'year', 132270, false],
        ['bls-ooh-2023-software-developers-median-15-1253', 'year', 101800, true],
      ],
    );
    assert.equal(
      salaries[0]!.scope,
      'Software developers, quality assurance analysts, and testers (U.S. SOC 15-1252, 15-1253); the role is counted under this occupation',
    );
    assert.equal(
      salaries[2]!.scope,
      'Software developers (U.S. SOC 15-1252); the role is counted under this occupation',
    );
    assert.equal(salaries[3]!.scope, 'Software quality assurance analysts and testers (U.S. SOC 15-1253)');
    assert.match(salaries[3]!.note!, /^Not pay for this role/);
    assert.deepEqual(
      salaries.map((f) => [f.year, f.asOf, f.source.id, f.official.statistic]),
      [
        [2023, 'May 2023', 'bls-ooh-2023', 'median-annual'],
        [2023, 'May 2023', 'bls-ooh-2023', 'median-hourly'],
        [2023, 'May 2023', 'bls-ooh-2023', 'median-annual:15-1252'],
        [2023, 'May 2023', 'bls-ooh-2023', 'median-annual:15-1253'],
      ],
    );
    assert.deepEqual(
      outlook.map((f) => [f.id, f.metric, f.value, f.from, f.to, f.label]),
      [
        ['bls-ooh-2023-software-developers-growth', 'employment-growth', 17, 2023, 2033, 'much faster than average'],
        ['bls-ooh-2023-software-developers-change', 'employment-change', 327900, 2023, 2033, undefined],
        ['bls-ooh-2023-software-developers-openings', 'annual-openings', 140100, 2023, 2033, undefined],
        ['bls-ooh-2023-software-developers-jobs', 'jobs', 1897100, 2023, undefined, undefined],
      ],
    );
    assert.ok([...salaries, ...outlook].every((f) => f.supersededBy === undefined));
  });

  test('a role that is the occupation gets no relation clause, and its own code is not context', () => {
    const dba: EditionOccupation = {
      id: 'database-administrators',
      title: 'Database administrators and architects',
      codes: ['15-1242', '15-1243'],
      url: 'https://www.bls.gov/ooh/database-administrators.htm',
      quotedBy: [],
      pay: {
        medianAnnual: 123100,
        occupations: [{ code: '15-1242', title: 'Database administrators', medianAnnual: 104620 }],
      },
    };
    const { salaries } = officialFigures(
      [{ system: 'US-SOC-2018', code: '15-1242', relation: 'is' }],
      [edition('bls-ooh-2024', 2024, [dba])],
    );
    assert.deepEqual(
      salaries.map((f) => [f.scope, f.context ?? false]),
      [
        ['Database administrators and architects (U.S. SOC 15-1242, 15-1243)', false],
        ['Database administrators (U.S. SOC 15-1242)', false],
      ],
    );
  });

  test('the newest edition is current and older editions are superseded by its matching figure', () => {
    const older = developers({
      pay: { medianAnnual: 124200, occupations: [] },
      projections: { growthPercent: 25 },
      jobs: undefined,
    });
    const oldest = developers({
      pay: { medianAnnual: 110140, medianHourly: 52.95, occupations: [] },
      projections: { growthPercent: 22, openingsPerYear: 189200 },
      jobs: undefined,
      quotedBy: [{ id: 'spherion' }],
    });
    const editions = [
      edition('bls-ooh-2020', 2020, [oldest]),
      edition('bls-ooh-2023', 2023, [developers()]),
      edition('bls-ooh-2022', 2022, [older]),
    ];
    const { salaries, outlook } = officialFigures(countedUnder, editions);
    const superseded = (figures: { id: string; supersededBy?: string | undefined }[]) =>
      Object.fromEntries(figures.filter((f) => f.supersededBy).map((f) => [f.id, f.supersededBy]));
    assert.deepEqual(superseded(salaries), {
      'bls-ooh-2022-software-developers-median': 'bls-ooh-2023-software-developers-median',
      'bls-ooh-2020-software-developers-median': 'bls-ooh-2023-software-developers-median',
      'bls-ooh-2020-software-developers-median-hourly': 'bls-ooh-2023-software-developers-median-hourly',
    });
    assert.deepEqual(superseded(outlook), {
      'bls-ooh-2022-software-developers-growth': 'bls-ooh-2023-software-developers-growth',
      'bls-ooh-2020-software-developers-growth': 'bls-ooh-2023-software-developers-growth',
      'bls-ooh-2020-software-developers-openings': 'bls-ooh-2023-software-developers-openings',
    });
    // Newest edition first; who quoted a figure travels with it.
    assert.deepEqual(
      salaries.slice(0, 5).map((f) => f.source.id),
      ['bls-ooh-2023', 'bls-ooh-2023', 'bls-ooh-2023', 'bls-ooh-2023', 'bls-ooh-2022'],
    );
    assert.deepEqual(
      salaries.filter((f) => f.via).map((f) => [f.id, f.via!.id]),
      [
        ['bls-ooh-2020-software-developers-median', 'spherion'],
        ['bls-ooh-2020-software-developers-median-hourly', 'spherion'],
      ],
    );
  });

  test('a statistic only an older edition gives stays current', () => {
    const older = developers({ projections: { openingsPerYear: 10200 } });
    const newer = developers({ projections: { growthPercent: 4 } });
    const { outlook } = officialFigures(countedUnder, [
      edition('bls-ooh-2022', 2022, [older]),
      edition('bls-ooh-2024', 2024, [newer]),
    ]);
    const openings = outlook.find((f) => f.metric === 'annual-openings')!;
    assert.equal(openings.id, 'bls-ooh-2022-software-developers-openings');
    assert.equal(openings.supersededBy, undefined);
  });

  test('percentiles travel with the median they belong to', () => {
    const { salaries } = officialFigures(countedUnder, [
      edition('oews-2019', 2019, [
        developers({ pay: { medianAnnual: 83510, percentiles: { p10: 52370, p90: 132520 }, occupations: [] } }),
      ]),
    ]);
    assert.deepEqual(salaries[0]!.percentiles, { p10: 52370, p90: 132520 });
  });

  test('a code no edition counts gives no figure', () => {
    const { salaries, outlook } = officialFigures(
      [{ system: 'US-SOC-2018', code: '15-1254', relation: 'is' }],
      [edition('bls-ooh-2023', 2023, [developers()])],
    );
    assert.deepEqual([salaries, outlook], [[], []]);
  });
});

describe('officialEntry and describeCode', () => {
  const editions = [
    edition('bls-ooh-2024', 2024, [developers({ entry: undefined })]),
    edition('bls-ooh-2023', 2023, [developers()]),
  ];

  test('the newest edition that states entry requirements gives them', () => {
    assert.deepEqual(
      officialEntry(countedUnder, editions).map((e) => [e.source.id, e.education, e.relation]),
      [['bls-ooh-2023', "Bachelor's degree", 'counted-under']],
    );
  });

  test("a code is named by its own title when a combined profile lists it, and linked to the newest edition's page", () => {
    assert.deepEqual(describeCode(countedUnder[0]!, editions), {
      title: 'Software developers',
      profileTitle: 'Software developers, quality assurance analysts, and testers',
      url: 'https://www.bls.gov/ooh/software-developers.htm',
      edition: 'bls-ooh-2024',
    });
  });
});
