/**
 * When a figure counts as "older": one rule for the page (the "older figure" mark readers see)
 * and the content check (the warning editors see), so the two lists cannot disagree.
 */
export interface DatedFigure {
  /** The year the figure refers to (`year` for salaries, `from` for outlook figures). */
  year: number | 'undated';
  /** A figure that a newer one replaces is shown as superseded instead. */
  supersededBy?: string | undefined;
}

export function isOlderFigure(figure: DatedFigure, now: Date, maxAgeYears: number): boolean {
  if (figure.year === 'undated' || figure.supersededBy !== undefined) return false;
  return now.getUTCFullYear() - figure.year > maxAgeYears;
}
