import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { onetOccupationMappingSchema } from '../../../src/schemas/onet-mapping.ts';
import { onetReleaseSchema } from '../../../src/schemas/onet.ts';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('a role mapped to an O*NET occupation', () => {
  test('"is" needs no note', () => {
    assert.ok(onetOccupationMappingSchema.safeParse({ code: '15-1242.00', relation: 'is' }).success);
  });

  test('"counted-under" and "part-of" need a note, like SOC codes', () => {
    for (const relation of ['counted-under', 'part-of'])
      assert.deepEqual(messages(onetOccupationMappingSchema.safeParse({ code: '15-1252.00', relation })), [
        `note: is missing — a role "${relation}" an O*NET occupation needs a sentence telling readers what the O*NET data describes`,
      ]);
  });

  test('a 6-digit SOC code is refused with the shape to write', () => {
    assert.deepEqual(messages(onetOccupationMappingSchema.safeParse({ code: '15-1252', relation: 'is' })), [
      'code: "15-1252" is not an O*NET-SOC code — write the 8-digit code with its dot, like "15-1252.00"',
    ]);
  });

  test('an unknown relation is refused listing the known ones', () => {
    assert.match(
      messages(onetOccupationMappingSchema.safeParse({ code: '15-1252.00', relation: 'similar' })).join(),
      /relation: is not a known relation — use one of is, counted-under, part-of/,
    );
  });
});

describe('the O*NET release', () => {
  test('a version written as a number is refused: 30.10 would read as 30.1', () => {
    const release = {
      name: 'O*NET 30.2 Database',
      version: 30.2,
      released: '2026-02',
      publisher: 'USDOL/ETA',
      url: 'https://www.onetcenter.org/database.html',
      license: 'CC BY 4.0',
      licenseUrl: 'https://www.onetcenter.org/license_db.html',
      credit: 'credit',
      modifiedNotice: 'notice',
    };
    assert.deepEqual(messages(onetReleaseSchema.safeParse(release)), [
      'version: is not text — write the version in quotes, like "30.2"',
    ]);
    assert.ok(onetReleaseSchema.safeParse({ ...release, version: '30.2' }).success);
  });
});
