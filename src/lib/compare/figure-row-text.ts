import {
  formatAmount,
  formatOutlookValue,
  formatPeriod,
  levelLabel,
  metricLabel,
  periodLabel,
  regionName,
  statisticLabel,
  yearLabel,
} from '../figures/figure-format.ts';
import type { OutlookFigure, SalaryFigure } from '../model/figure-types.ts';

type Figure = SalaryFigure | OutlookFigure;

// An official median of one occupation within a combined profile says so, beside the profile's own median.
const oneOccupation = (f: Figure) => (f.official?.statistic.includes(':') ? ', one occupation alone' : '');

const salaryMeasure = (f: SalaryFigure) =>
  `${statisticLabel(f.statistic)} pay ${periodLabel(f.period)}${oneOccupation(f)}${f.basis ? `, ${f.basis}` : ''}, ${levelLabel(f.level).toLowerCase()}, ${regionName(f.region)} (${f.currency}), ${f.asOf ?? yearLabel(f.year).toLowerCase()}`;
const outlookMeasure = (f: OutlookFigure) => `${metricLabel(f.metric)}, ${formatPeriod(f)}, ${regionName(f.region)}`;

/** What a compare-page row measures, said once for both roles' values. */
export const figureMeasure = (kind: 'salary' | 'outlook', f: Figure) =>
  kind === 'salary' ? salaryMeasure(f as SalaryFigure) : outlookMeasure(f as OutlookFigure);

/** One role's value in a compare-page row. */
export const figureValue = (kind: 'salary' | 'outlook', f: Figure) =>
  kind === 'salary'
    ? `${formatAmount(f as SalaryFigure)} ${periodLabel((f as SalaryFigure).period)}`
    : formatOutlookValue(f as OutlookFigure);
