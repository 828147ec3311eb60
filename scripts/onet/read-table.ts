import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OnetImportError } from './errors.ts';
import { knownRenames } from './files.ts';

export type Row = Record<string, string>;

/** What stands in the folder instead of an expected file: a known rename, else the .txt files there. */
function whatIsThere(folder: string, file: string): string {
  const present = readdirSync(folder).filter((name) => name.endsWith('.txt'));
  const renamed = (knownRenames[file] ?? []).filter((name) => present.includes(name));
  if (renamed.length > 0)
    return `found ${renamed.map((n) => `"${n}"`).join(' and ')} instead (renamed in a later O*NET release)`;
  return present.length > 0 ? `found only ${present.map((n) => `"${n}"`).join(', ')}` : 'found no .txt file at all';
}

/**
 * One tab-delimited O*NET file as rows keyed by column name. The header row must be exactly `columns`
 * (same names, same order): a renamed, missing or extra column fails with the file, column and both names.
 */
export function readTable(folder: string, file: string, columns: readonly string[]): Row[] {
  const path = join(folder, file);
  if (!existsSync(path)) {
    throw new OnetImportError(
      `import:onet: expected "${file}" in ${folder}, ${whatIsThere(folder, file)} — this importer reads the O*NET 30.2 layout; update scripts/onet/files.ts for the new release`,
    );
  }
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const header = (lines[0] ?? '').split('\t');
  for (let i = 0; i < Math.max(header.length, columns.length); i++) {
    if (header[i] !== columns[i]) {
      const found = header[i] === undefined ? 'nothing (the header ends there)' : `"${header[i]}"`;
      const wanted = columns[i] === undefined ? 'no further column' : `"${columns[i]}"`;
      throw new OnetImportError(
        `import:onet: "${file}" line 1, column ${i + 1}: expected ${wanted}, found ${found} — this importer reads the O*NET 30.2 columns; update scripts/onet/files.ts for the new release`,
      );
    }
  }
  return lines.slice(1).map((line, index) => {
    const cells = line.split('\t');
    if (cells.length !== columns.length) {
      throw new OnetImportError(
        `import:onet: "${file}" line ${index + 2}: has ${cells.length} columns, expected ${columns.length} — the file is damaged; take it again from the release`,
      );
    }
    return Object.fromEntries(columns.map((name, i) => [name, cells[i]!]));
  });
}
