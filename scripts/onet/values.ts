import { OnetImportError } from './errors.ts';
import type { Row } from './read-table.ts';

/** Cell parsers: every value is checked as it is read, so a damaged file fails with the file and row. */
export class Cells {
  readonly file: string;
  readonly line: number;
  readonly row: Row;
  constructor(file: string, line: number, row: Row) {
    this.file = file;
    this.line = line;
    this.row = row;
  }

  private fail(column: string, what: string): never {
    throw new OnetImportError(
      `import:onet: "${this.file}" line ${this.line}, column "${column}": ${what} (found "${this.row[column]}") — the file is damaged; take it again from the release`,
    );
  }

  text(column: string): string {
    const value = this.row[column]!.trim();
    if (value === '') this.fail(column, 'is empty');
    return value;
  }

  /** `n/a` and empty cells become undefined. */
  optionalText(column: string): string | undefined {
    const value = this.row[column]!.trim();
    return value === '' || value === 'n/a' ? undefined : value;
  }

  number(column: string): number {
    const value = Number(this.row[column]);
    if (this.row[column]!.trim() === '' || !Number.isFinite(value)) this.fail(column, 'is not a number');
    return value;
  }

  optionalNumber(column: string): number | undefined {
    return this.optionalText(column) === undefined ? undefined : this.number(column);
  }

  /** O*NET's Y/N flags; `n/a` becomes undefined. */
  flag(column: string): boolean | undefined {
    const value = this.optionalText(column);
    if (value === undefined) return undefined;
    if (value !== 'Y' && value !== 'N') this.fail(column, 'is not Y, N or n/a');
    return value === 'Y';
  }

  /** O*NET's MM/YYYY, written YYYY-MM so dates sort as text. */
  month(column: string): string {
    const match = /^(\d{2})\/(\d{4})$/.exec(this.row[column]!.trim());
    if (!match) this.fail(column, 'is not a date written MM/YYYY');
    return `${match[2]}-${match[1]}`;
  }
}

/** Each row with its parsers; `line` counts the header as line 1. */
export const cellsOf = (file: string, rows: Row[]) => rows.map((row, i) => new Cells(file, i + 2, row));
