import { stringify } from 'csv-stringify/sync';
import { figureColumns, type FigureRow } from '../../schemas/open-data/figure-row.ts';

/**
 * Figure rows as CSV (RFC 4180 quoting, UTF-8, a header row): one column per field of the row schema,
 * in its order; an absent field is an empty cell, true and false are written as words.
 */
export function figuresCsv(rows: FigureRow[]): string {
  return stringify(rows, {
    header: true,
    columns: figureColumns,
    cast: { boolean: (value) => String(value) },
  });
}
