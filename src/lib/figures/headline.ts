import type { OutlookFigure, SalaryFigure } from '../model/figure-types.ts';
import type { Role } from '../model/role-types.ts';

/**
 * The figure an "at a glance" box leads with: current (not superseded), dated,
 * annual, for all levels where possible, newest first; never a figure shown only for context.
 */
export function headlineSalary(role: Pick<Role, 'salaries'>): SalaryFigure | undefined {
  const score = (f: SalaryFigure) =>
    (f.supersededBy ? 0 : 1000) +
    (f.year === 'undated' ? 0 : 100) +
    (f.period === 'year' ? 20 : 0) +
    (f.level === 'all' ? 10 : 0) +
    (f.statistic === 'median' ? 2 : 0) +
    (f.year === 'undated' ? 0 : (f.year - 1990) / 100);
  // A context figure (another occupation of a combined official profile) is never this role's pay.
  return role.salaries.filter((f) => !f.context).sort((a, b) => score(b) - score(a))[0];
}

export function currentSalaries(role: Pick<Role, 'salaries'>): SalaryFigure[] {
  return role.salaries.filter((f) => !f.supersededBy);
}

/** The outlook figure an "at a glance" box shows: current projected growth, newest first. */
export function headlineOutlook(role: Pick<Role, 'outlook'>): OutlookFigure | undefined {
  const year = (f: OutlookFigure) => (f.from === 'undated' ? 0 : f.from);
  return role.outlook
    .filter((f) => f.metric === 'employment-growth' && !f.supersededBy)
    .sort((a, b) => year(b) - year(a))[0];
}
