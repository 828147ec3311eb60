// The open-data export: role profiles, figure rows and CSV, built from resolved roles and parsed
// through their schemas. Expectations are written by hand from the fixture.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { figuresCsv } from '../../../src/lib/open-data/csv.ts';
import { figureRows } from '../../../src/lib/open-data/figure-rows.ts';
import { roleProfile } from '../../../src/lib/open-data/role-export.ts';
import { reuseTerm } from '../../../src/lib/open-data/reuse.ts';
import { figureColumns, figureRowSchema } from '../../../src/schemas/open-data/figure-row.ts';
import { roleProfileSchema } from '../../../src/schemas/open-data/role-profile.ts';
import { context, developer, webDeveloper } from '../support/open-data-fixture.ts';

const profiles = [roleProfile(developer, context), roleProfile(webDeveloper, context)];
const [dev, web] = profiles as [(typeof profiles)[0], (typeof profiles)[0]];
const rows = figureRows(profiles);

describe('roleProfile', () => {
  test('gives the page, the schema, the history and the licence by address', () => {
    assert.equal(dev.$schema, 'https://example.org/atlas/data/schema/role.schema.json');
    assert.equal(dev.url, 'https://example.org/atlas/roles/developer/');
    assert.equal(dev.lastReviewed, '2026-11-23');
    assert.deepEqual(dev.changes, ['2026-11-28', '2026-11-23']);
    assert.deepEqual(web.changes, []);
    assert.equal(dev.licence.url, 'https://creativecommons.org/licenses/by/4.0/');
  });

  test('keeps every figure in table order, each with its row address, superseded state and provenance', () => {
    assert.deepEqual(
      dev.salaries.map((f) => [f.id, f.context, f.supersededBy ?? null, f.older]),
      [
        ['bls-ooh-2023-developers-median', false, null, false],
        ['bls-ooh-2023-developers-median-15-1252', false, null, false],
        ['bls-ooh-2023-developers-median-15-1253', true, null, false],
        ['recruiter-old', false, 'recruiter-new', false],
        ['recruiter-new', false, null, true],
      ],
    );
    const median = dev.salaries[0]!;
    assert.equal(median.url, 'https://example.org/atlas/roles/developer/#figure-bls-ooh-2023-developers-median');
    assert.deepEqual(median.official?.codes, ['15-1252', '15-1253']);
    assert.equal(median.official?.relation, 'is');
    assert.equal(median.official?.editionLabel, '2023–33');
    assert.equal(median.year, 2023);
    assert.equal(median.asOf, 'May 2023');
    assert.deepEqual(
      dev.outlook.map((f) => [f.id, f.value, f.from, f.to, f.label]),
      [['bls-ooh-2023-developers-growth', 17, 2023, 2033, 'much faster than average']],
    );
    assert.equal(dev.salaries[3]!.year, 'undated');
    assert.equal(dev.salaries[3]!.official, undefined);
  });

  test("says which sources are public domain and which remain their publisher's", () => {
    assert.deepEqual(
      dev.sources.map((s) => [s.id, s.reuse]),
      [
        ['recruiter', 'cite-and-check-terms'],
        ['bls-ooh-2023', 'public-domain'],
      ],
    );
    assert.equal(reuseTerm('Someone else', context.publicDomainPublishers), 'cite-and-check-terms');
    // An inherited property name is not a listed publisher.
    assert.equal(reuseTerm('constructor', context.publicDomainPublishers), 'cite-and-check-terms');
  });

  test('carries the citation the page shows', () => {
    assert.equal(
      dev.citation.text,
      'Career Atlas. Developer. Last reviewed November 23, 2026. https://example.org/atlas/roles/developer/ (accessed [date]).',
    );
    assert.match(dev.citation.bibtex, /^@misc\{careeratlas-developer,\n/);
  });

  test('is refused by its schema with a field the schema does not describe, or without one it requires', () => {
    assert.throws(() => roleProfileSchema.parse({ ...dev, extra: true }), /extra/);
    const { summary: _summary, ...withoutSummary } = dev;
    assert.throws(() => roleProfileSchema.parse(withoutSummary), /summary/);
    assert.throws(() =>
      roleProfileSchema.parse({ ...dev, salaries: [{ ...dev.salaries[0], amount: 1, unknown: 'x' }] }),
    );
  });
});

describe('exportTechnologies and exportSkills', () => {
  test('list each technology once by id with its category, grouped in the order the page shows them', () => {
    assert.deepEqual(dev.technologies, [
      { id: 'python', name: 'Python', category: 'language', usedFor: 'Services.' },
      { id: 'go', name: 'Go', category: 'language' },
      { id: 'postgresql', name: 'PostgreSQL', category: 'database' },
      { id: 'git', name: 'Git', category: 'tool' },
    ]);
  });
  test("list skills technical first, each with the role's own detail where it gives one", () => {
    assert.deepEqual(dev.skills, [
      { id: 'testing', name: 'Testing', kind: 'technical' },
      { id: 'listening', name: 'Listening', kind: 'personal', detail: 'To users and colleagues.' },
    ]);
  });
});

describe('figureRows', () => {
  test("one row per figure per role page: a shared official figure is a row on each, with that role's relation", () => {
    assert.equal(rows.length, dev.salaries.length + dev.outlook.length + web.salaries.length + web.outlook.length);
    const shared = rows.filter((row) => row.figure === 'bls-ooh-2023-developers-median');
    assert.deepEqual(
      shared.map((row) => [row.role, row.page, row.relation, row.amount]),
      [
        ['developer', 'https://example.org/atlas/roles/developer/', 'is', 130000],
        ['web-developer', 'https://example.org/atlas/roles/web-developer/', 'counted-under', 130000],
      ],
    );
    assert.match(shared[1]!.scope!, /the role is counted under this occupation$/);
    assert.equal(shared[0]!.codes, '15-1252 15-1253');
  });

  test("flattens a figure into the row schema's fields only, empty where the figure has none", () => {
    const old = rows.find((row) => row.figure === 'recruiter-old')!;
    assert.deepEqual(figureRowSchema.parse(old), old);
    assert.equal(old.kind, 'salary');
    assert.equal(old.supersededBy, 'recruiter-new');
    assert.equal(old.min, 90000);
    assert.equal(old.amount, undefined);
    assert.equal(old.edition, undefined);
    const growth = rows.find((row) => row.figure === 'bls-ooh-2023-developers-growth' && row.role === 'developer')!;
    assert.deepEqual(
      [growth.kind, growth.metric, growth.value, growth.from, growth.to],
      ['outlook', 'employment-growth', 17, 2023, 2033],
    );
    assert.equal(growth.currency, undefined);
    assert.equal(growth.context, false);
  });
});

describe('figuresCsv', () => {
  const csv = figuresCsv(rows);
  const records = parse(csv, { columns: true }) as Record<string, string>[];

  test('has one column per field of the row schema, in its order, and one record per row', () => {
    assert.equal(csv.split('\n')[0], figureColumns.join(','));
    assert.deepEqual(figureColumns, Object.keys(figureRowSchema.shape));
    assert.equal(records.length, rows.length);
  });

  test('reads back to the same values: quotes, commas and line breaks survive, absent fields are empty', () => {
    records.forEach((record, i) => {
      const row = rows[i]!;
      for (const column of figureColumns) {
        const value = row[column];
        assert.equal(record[column], value === undefined ? '' : String(value), `${row.figure} ${column}`);
      }
    });
    const newer = records.find((r) => r.figure === 'recruiter-new')!;
    assert.equal(newer.note, 'Says "about", with a comma, and\na line break.');
    assert.equal(newer.sourcePublisher, 'A Recruiter, "Inc."');
    assert.equal(newer.older, 'true');
    assert.equal(newer.context, 'false');
  });
});
