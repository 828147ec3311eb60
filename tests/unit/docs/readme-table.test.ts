import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { tableProblems, tableRows } from '../support/readme-table.ts';
import { tempFolder } from '../support/temp-folder.ts';

// The README's file table is what a newcomer reads first: every folder it names must exist and
// every file count must be true, so the table cannot drift from the code.

const root = resolve(import.meta.dirname, '../../..');
const heading = '## What is in it';

describe("the README's file table", () => {
  it('names only paths that exist, with true file counts', () => {
    const rows = tableRows(readFileSync(join(root, 'README.md'), 'utf8'), heading);
    assert.ok(rows.length >= 20, `found ${rows.length} rows under "${heading}": the table moved or was cut`);
    assert.ok(
      rows.filter((row) => /^\d+ files?\b/.test(row.text)).length >= 15,
      'most rows state a file count the test can check',
    );
    assert.deepEqual(tableProblems(rows, root), []);
  });

  it('reports a folder that does not exist and a count that is wrong', () => {
    const dir = tempFolder('readme-table');
    mkdirSync(join(dir, 'lib', 'inner'), { recursive: true });
    writeFileSync(join(dir, 'lib', 'a.ts'), '');
    writeFileSync(join(dir, 'lib', 'inner', 'b.ts'), '');
    const markdown = [
      heading,
      '',
      '| path | what it holds |',
      '| ---- | ------------- |',
      '| `lib/` | 2 files: counted with subfolders |',
      '| `gone/` | 1 file: a folder that was removed |',
      '| `lib/` | 3 files: a count that drifted |',
      '',
      '## Next',
      '| `ignored/` | after the table |',
    ].join('\n');
    assert.deepEqual(tableProblems(tableRows(markdown, heading), dir), [
      'README.md:6  gone/ does not exist',
      'README.md:7  lib/ says 3 files, holds 2',
    ]);
  });
});
