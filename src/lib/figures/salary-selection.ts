import type { SalaryFigure } from '../model/figure-types.ts';

/** Which of a role's salary figures a table shows (the props of <SalaryTable>). */
export interface SalarySelection {
  /** Only figures for this ISO 3166 region ("US", "FR"), its subdivisions ("US-CA") included. */
  region?: string | undefined;
  level?: SalaryFigure['level'] | undefined;
  /** Keep figures a newer one replaces (shown marked as superseded). */
  includeSuperseded: boolean;
}

export function selectSalaries(
  figures: readonly SalaryFigure[],
  { region, level, includeSuperseded }: SalarySelection,
) {
  return figures.filter(
    (f) =>
      (region === undefined || f.region === region || f.region.startsWith(`${region}-`)) &&
      (level === undefined || f.level === level) &&
      (includeSuperseded || !f.supersededBy),
  );
}
