// figures.json and figures.csv, written one role at a time. Each holds every role's rows (about 130 KB and 70 KB
// a role), so at a few thousand roles one string of the whole file would pass V8's limit on a string's length
// (about 512 MB), and all the rows at once would be most of the build's memory. The pieces are made as the file
// is written (files-after-pages.ts in a build, responses.ts in the dev server), so no more than one role's rows
// and text is held besides the bytes already written.
// The bytes are the same as JSON.stringify(file, null, 2) and csv-stringify of every row would write.
import { figuresCsv } from './csv.ts';
import type { OpenData } from './site-export.ts';

/** The text of a value at one level of nesting in JSON.stringify(…, null, 2): every line after the first indented. */
const nested = (value: unknown, indent: string) => JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);

/** figures.json as pieces of text, in order and each made when asked for: the envelope, then each role's rows. */
export function* figuresJsonParts(data: OpenData): Generator<string> {
  const envelope = nested({ ...data.envelope, figures: [] }, '');
  const open = envelope.lastIndexOf('[]');
  yield `${envelope.slice(0, open)}[`;
  let first = true;
  for (const id of data.roleIds) {
    const rows = data.rows(data.profile(id)).map((row) => `\n    ${nested(row, '    ')}`);
    if (rows.length === 0) continue;
    yield `${first ? '' : ','}${rows.join(',')}`;
    first = false;
  }
  yield `${first ? '' : '\n  '}]${envelope.slice(open + 2)}\n`;
}

/** figures.csv as pieces of text, each made when asked for: the header, then each role's rows. */
export function* figuresCsvParts(data: OpenData): Generator<string> {
  const header = figuresCsv([]);
  yield header;
  for (const id of data.roleIds) yield figuresCsv(data.rows(data.profile(id))).slice(header.length);
}
