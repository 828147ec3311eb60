import type { SalaryFigure, OutlookFigure } from '../model/figure-types.ts';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Hours in a full-time year, used only to show an hourly figure's annual equivalent. */
export const fullTimeHoursPerYear = 2080;

export function regionName(code: string): string {
  const [country, subdivision] = code.split('-');
  const name = regionNames.of(country ?? code) ?? code;
  return subdivision ? `${name} (${subdivision})` : name;
}

// Creating an Intl formatter costs far more than using one (it was the largest single cost of
// rendering a role page), so each one is made once per build and reused.
const moneyFormats = new Map<string, Intl.NumberFormat>();
const countFormat = new Intl.NumberFormat('en-US');

export function formatMoney(amount: number, currency: string): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  const key = `${currency}:${digits}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      maximumFractionDigits: digits,
      minimumFractionDigits: digits,
    });
    moneyFormats.set(key, format);
  }
  return format.format(amount);
}

export function formatCount(value: number): string {
  return countFormat.format(value);
}

const periodWords = { year: 'a year', month: 'a month', hour: 'an hour' } as const;
const levelWords = {
  entry: 'Entry level',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  all: 'All levels',
} as const;
const statisticWords = { median: 'Median', average: 'Average', range: 'Range' } as const;

export const periodLabel = (period: SalaryFigure['period']) => periodWords[period];
export const levelLabel = (level: SalaryFigure['level']) => levelWords[level];
export const statisticLabel = (statistic: SalaryFigure['statistic']) => statisticWords[statistic];
export const yearLabel = (year: number | 'undated') => (year === 'undated' ? 'Undated' : String(year));

/** The amounts of a figure in its own currency: "$130,160" or "€35,000–€48,000". */
export function formatAmount(figure: Pick<SalaryFigure, 'amount' | 'min' | 'max' | 'currency'>): string {
  const parts: string[] = [];
  if (figure.min !== undefined && figure.max !== undefined) {
    parts.push(`${formatMoney(figure.min, figure.currency)}–${formatMoney(figure.max, figure.currency)}`);
  }
  if (figure.amount !== undefined) parts.unshift(formatMoney(figure.amount, figure.currency));
  return parts.join(' (range ') + (parts.length > 1 ? ')' : '');
}

/** "$130,160 a year" */
export function formatSalary(figure: SalaryFigure): string {
  return `${formatAmount(figure)} ${periodLabel(figure.period)}`;
}

/** For hourly figures: the full-time annual equivalent, with the assumption it rests on. */
export function annualEquivalent(figure: SalaryFigure): string | undefined {
  if (figure.period !== 'hour') return undefined;
  const scale = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * fullTimeHoursPerYear));
  const amounts = {
    currency: figure.currency,
    amount: scale(figure.amount),
    min: scale(figure.min),
    max: scale(figure.max),
  };
  return `about ${formatAmount(amounts)} a year at ${formatCount(fullTimeHoursPerYear)} hours`;
}

/** "17% (2023–2033)" or "1,897,100 jobs (2023)" */
export function formatOutlookValue(figure: OutlookFigure): string {
  const value = figure.metric === 'employment-growth' ? `${figure.value}%` : formatCount(figure.value);
  const signed = figure.metric === 'employment-change' && figure.value > 0 ? `+${value}` : value;
  return signed;
}

export function formatPeriod(figure: Pick<OutlookFigure, 'from' | 'to'>): string {
  if (figure.from === 'undated') return 'undated';
  return figure.to === undefined ? String(figure.from) : `${figure.from}–${figure.to}`;
}

const metricWords = {
  'employment-growth': 'Projected employment growth',
  'employment-change': 'Projected change in jobs',
  'annual-openings': 'Openings projected each year',
  jobs: 'Number of jobs',
} as const;
export const metricLabel = (metric: OutlookFigure['metric']) => metricWords[metric];
