// figures.json and figures.csv are written one role at a time (a whole-file string passes V8's limit at a few
// thousand roles); the pieces must make exactly the bytes the whole-file serialisers write.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figuresCsv } from '../../../src/lib/open-data/csv.ts';
import { figuresCsvParts, figuresJsonParts } from '../../../src/lib/open-data/figure-files.ts';
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
const data = (ids: string[]) =>
  ({
    roleIds: ids,
    profile: (id: string) => ({ id }),
    rows: (profile: { id: string }) => rowsByRole[profile.id] ?? [],
    envelope,
  }) as unknown as OpenData;
const allRows = (ids: string[]) => ids.flatMap((id) => rowsByRole[id] ?? []);

for (const ids of [['alpha', 'beta', 'gamma'], ['beta', 'gamma'], ['beta'], []]) {
  test(`figures.json from ${ids.length} roles is JSON.stringify of the whole file (${ids.join(', ') || 'none'})`, () => {
    const whole = `${JSON.stringify({ ...envelope, figures: allRows(ids) }, null, 2)}\n`;
    assert.equal(figuresJsonParts(data(ids)).join(''), whole);
  });

  test(`figures.csv from ${ids.length} roles is the CSV of every row (${ids.join(', ') || 'none'})`, () => {
    assert.equal(figuresCsvParts(data(ids)).join(''), figuresCsv(allRows(ids)));
  });
}

test('each role is one piece, so no piece grows with the number of roles', () => {
  assert.equal(figuresJsonParts(data(['alpha', 'beta', 'gamma'])).length, 4);
  assert.equal(figuresCsvParts(data(['alpha', 'beta', 'gamma'])).length, 4);
});
