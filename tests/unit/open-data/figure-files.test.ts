// figures.json and figures.csv are written one role at a time (a whole-file string passes V8's limit at a few
// thousand roles); the pieces must make exactly the bytes the whole-file serialisers write, each made only when
// the file's reader asks for it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figuresCsv } from '../../../src/lib/open-data/csv.ts';
import { figuresCsvParts, figuresJsonParts } from '../../../src/lib/open-data/figure-files.ts';
import { jsonPartsResponse, streamOf } from '../../../src/lib/open-data/responses.ts';
import type { OpenData } from '../../../src/lib/open-data/site-export.ts';
import type { FigureRow } from '../../../src/schemas/open-data/figure-row.ts';

const envelope = {
  $schema: 'https://example.org/data/schema/figures.schema.json',
  about: 'https://example.org/data/',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};
const row = (role: string, figure: string, extra: Partial<FigureRow> = {}) =>
  ({
    role,
    roleTitle: `Title "${role}", quoted`,
    figure,
    kind: 'salary',
    amount: 130160,
    older: false,
    ...extra,
  }) as FigureRow;
const rowsByRole: Record<string, FigureRow[]> = {
  alpha: [row('alpha', 'a-1'), row('alpha', 'a-2', { note: 'Line one\nline two', context: true })],
  beta: [],
  gamma: [row('gamma', 'g-1', { amount: undefined, value: 4.12 })],
};
/** Every role whose profile the data was asked for, in order. */
let profilesMade: string[] = [];
const data = (ids: string[]) =>
  ({
    roleIds: ids,
    profile: (id: string) => {
      profilesMade.push(id);
      return { id };
    },
    rows: (profile: { id: string }) => rowsByRole[profile.id] ?? [],
    envelope,
  }) as unknown as OpenData;
const allRows = (ids: string[]) => ids.flatMap((id) => rowsByRole[id] ?? []);

for (const ids of [['alpha', 'beta', 'gamma'], ['beta', 'gamma'], ['beta'], []]) {
  test(`figures.json from ${ids.length} roles is JSON.stringify of the whole file (${ids.join(', ') || 'none'})`, () => {
    const whole = `${JSON.stringify({ ...envelope, figures: allRows(ids) }, null, 2)}\n`;
    assert.equal([...figuresJsonParts(data(ids))].join(''), whole);
  });

  test(`figures.csv from ${ids.length} roles is the CSV of every row (${ids.join(', ') || 'none'})`, () => {
    assert.equal([...figuresCsvParts(data(ids))].join(''), figuresCsv(allRows(ids)));
  });
}

test('each role is one piece, so no piece grows with the number of roles', () => {
  assert.equal([...figuresJsonParts(data(['alpha', 'beta', 'gamma']))].length, 4);
  assert.equal([...figuresCsvParts(data(['alpha', 'beta', 'gamma']))].length, 4);
});

for (const [name, parts] of [
  ['figures.json', figuresJsonParts],
  ['figures.csv', figuresCsvParts],
] as const) {
  test(`${name}: a role's rows are made when its piece is read, not before`, async () => {
    profilesMade = [];
    const reader = streamOf(parts(data(['alpha', 'beta', 'gamma']))).getReader();
    assert.deepEqual(profilesMade, [], 'nothing is made before the file is read');
    await reader.read(); // the envelope or header
    await reader.read(); // alpha's rows
    assert.deepEqual(profilesMade, ['alpha']);
    while (!(await reader.read()).done);
    assert.deepEqual(profilesMade, ['alpha', 'beta', 'gamma']);
  });
}

test('a response read whole is every piece in order, as UTF-8', async () => {
  const pieces = ['{"a": "2023–33"', ', "b": "é"', '}\n'];
  const response = jsonPartsResponse(pieces);
  assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
  const bytes = new Uint8Array(await response.arrayBuffer());
  assert.deepEqual(bytes, new TextEncoder().encode(pieces.join('')));
});
