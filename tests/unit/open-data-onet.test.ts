// O*NET values in the open data: the role's JSON and the figure rows (CSV) carry the same values as
// src/lib/onet gives the page, with release, date and domain source, and never a suppressed value.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { readOnetData } from '../../src/lib/onet/onet-io.ts';
import { onetData, rolesByOnetCode, type OnetData } from '../../src/lib/onet/index.ts';
import { figuresCsv } from '../../src/lib/open-data/csv.ts';
import { figureRows } from '../../src/lib/open-data/figure-rows.ts';
import { roleProfile, type ExportContext } from '../../src/lib/open-data/role-export.ts';
import { roleProfileSchema } from '../../src/schemas/open-data/role-profile.ts';
import type { Role } from '../../src/lib/model/role-types.ts';
import { context, developer } from './support/open-data-fixture.ts';

const real = readOnetData('content');
const mapped: Role = {
  ...developer,
  entry: {
    ...developer.entry,
    data: { ...developer.entry.data, onetOccupations: [{ code: '15-1252.00', relation: 'is' }] },
  },
} as Role;

function export_(data: OnetData) {
  const withOnet: ExportContext = {
    ...context,
    onet: {
      data,
      roleIdsByCode: rolesByOnetCode([{ id: 'developer', onetOccupations: [{ code: '15-1252.00' }] }]),
      technologies: [{ id: 'postgresql', name: 'PostgreSQL', aliases: ['Postgres'], category: 'database' }],
    },
  };
  const profile = roleProfile(mapped, withOnet);
  const csv = parse(figuresCsv(figureRows([profile])), { columns: true }) as Record<string, string>[];
  return { profile, csv: csv.filter((row) => row.kind === 'onet') };
}

describe('O*NET in the open data', () => {
  const { profile, csv } = export_(real);
  const onet = profile.onet!;
  const occupation = onet.occupations[0]!;

  test('the JSON names the release, its credit and the occupation, and passes its schema', () => {
    assert.equal(onet.release.version, '30.2');
    assert.equal(onet.release.released, '2026-02');
    assert.match(onet.release.credit, /^This page includes information from the O\*NET 30\.2 Database/);
    assert.match(onet.release.modified, /has modified all or some of this information/);
    assert.equal(occupation.title, 'Software Developers');
    assert.deepEqual(occupation.ratingsFrom, { code: '15-1252.00', title: 'Software Developers', substitute: false });
    assert.ok(roleProfileSchema.safeParse(profile).success);
  });

  test("software developers: 84.80% with a bachelor's degree, Programming importance 4.00, in JSON and CSV", () => {
    const rl = occupation.routesIn.find((d) => d.scale === 'RL')!;
    assert.equal(rl.shares.find((s) => s.label === "Bachelor's Degree")?.percent, 84.8);
    assert.equal(occupation.skills[0]?.name, 'Programming');
    assert.equal(occupation.skills[0]?.importance, 4);
    const bachelor = csv.find((row) => row.onetMeasure === 'education' && row.onetName === "Bachelor's Degree")!;
    assert.deepEqual(
      [bachelor.value, bachelor.onetRelease, bachelor.onetDate, bachelor.onetDomainSource, bachelor.codes],
      ['84.8', '30.2', '2025-08', 'Incumbent', '15-1252.00'],
    );
    const programming = csv.find((row) => row.onetMeasure === 'skill-importance' && row.onetName === 'Programming')!;
    assert.equal(programming.value, '4');
    assert.equal(programming.onetDomainSource, 'Analyst');
  });

  test('no suppressed value reaches the JSON or the CSV', () => {
    assert.equal(occupation.skills[0]?.level, undefined, "Programming's level is suppressed");
    assert.ok(!csv.some((row) => row.onetMeasure === 'skill-level' && row.onetName === 'Programming'));
    const suppressedShares = real.occupations
      .get('15-1252.00')!
      .education.RW!.filter((v) => v.suppress)
      .map((v) => v.category);
    for (const category of suppressedShares)
      assert.ok(!csv.some((row) => row.onetMeasure === 'experience' && row.onetElement === String(category)));
  });

  test('technologies carry the flags and the site entry they merge with', () => {
    const postgres = occupation.technologies.find((t) => t.example === 'PostgreSQL');
    assert.deepEqual(postgres && [postgres.hot, postgres.technology], [true, 'postgresql']);
  });

  test('changing one value in a copy of the data changes it in the JSON and the CSV', () => {
    const original = real.occupations.get('15-1252.00')!;
    const changed = structuredClone(original);
    changed.education.RL = changed.education.RL!.map((v) => (v.category === 6 ? { ...v, percent: 70.25 } : v));
    const copy = onetData({
      release: real.release,
      occupations: [...real.occupations.values()].map((o) => (o.code === '15-1252.00' ? changed : o)),
      elements: [...real.elements.values()],
      scales: [...real.scales.values()],
      jobZones: real.jobZones,
      categories: real.categories,
    });
    const after = export_(copy);
    const rl = after.profile.onet!.occupations[0]!.routesIn.find((d) => d.scale === 'RL')!;
    assert.equal(rl.shares.find((s) => s.category === 6)?.percent, 70.25);
    assert.equal(after.csv.find((r) => r.onetMeasure === 'education' && r.onetElement === '6')?.value, '70.25');
    assert.match(after.profile.onet!.occupations[0]!.routesSentence!, /\(70%\)/);
  });

  test('a role without O*NET occupations has no onet part', () => {
    assert.equal(roleProfile(developer, context).onet, undefined);
  });
});
