import { levelLabel, periodLabel, regionName, statisticLabel, yearLabel } from '../figures/figure-format.ts';
import type { SalaryFigure } from '../model/figure-types.ts';
import type { JsonLd } from './serialize.ts';

/** The fields of a resolved salary figure that the structured data reads. */
export type SalaryInput = Pick<
  SalaryFigure,
  | 'id'
  | 'region'
  | 'currency'
  | 'period'
  | 'level'
  | 'statistic'
  | 'amount'
  | 'min'
  | 'max'
  | 'year'
  | 'asOf'
  | 'basis'
  | 'scope'
  | 'note'
  | 'supersededBy'
  | 'percentiles'
  | 'context'
> & { source: { data: { publisher: string; shortName?: string } } };

/** ISO 8601 durations for the periods a figure can be paid per. */
export const periodDuration = { year: 'P1Y', month: 'P1M', hour: 'PT1H' } as const satisfies Record<
  SalaryFigure['period'],
  string
>;

/**
 * One figure of the salary table as a MonetaryAmountDistribution: currency, duration and
 * exactly the amounts the table prints. A median goes in `median`. schema.org gives a
 * distribution no property for the ends of a range or for a mean, so a range or an average
 * is also typed MonetaryAmount, whose `minValue`/`maxValue`/`value` carry it; nothing is
 * turned into percentiles the source never gave. `@id` points at the figure's table row.
 */
export function salaryDistribution(figure: SalaryInput, page: URL): JsonLd {
  const hasRange = figure.min !== undefined && figure.max !== undefined;
  const needsAmountType = figure.statistic !== 'median' || hasRange;
  const source = figure.source.data.shortName ?? figure.source.data.publisher;
  const when = figure.asOf ?? yearLabel(figure.year).toLowerCase();
  const basis = figure.basis ? `, ${figure.basis}` : '';
  return {
    '@type': needsAmountType ? ['MonetaryAmountDistribution', 'MonetaryAmount'] : 'MonetaryAmountDistribution',
    '@id': `${page.href}#figure-${figure.id}`,
    name: `${statisticLabel(figure.statistic)} ${periodLabel(figure.period)}${basis}, ${levelLabel(figure.level).toLowerCase()}, ${regionName(figure.region)}, ${when} (${source})`,
    // What the figure counts and its caveat, as the table prints them beside the amount.
    description: [figure.scope, figure.note].filter(Boolean).join(' — ') || undefined,
    currency: figure.currency,
    duration: periodDuration[figure.period],
    ...(figure.statistic === 'median' && figure.amount !== undefined ? { median: figure.amount } : {}),
    ...(figure.statistic !== 'median' && figure.amount !== undefined ? { value: figure.amount } : {}),
    ...(hasRange ? { minValue: figure.min, maxValue: figure.max } : {}),
    // Only the percentiles the publication gives, which the table and chart show too.
    ...(figure.percentiles?.p10 !== undefined ? { percentile10: figure.percentiles.p10 } : {}),
    ...(figure.percentiles?.p25 !== undefined ? { percentile25: figure.percentiles.p25 } : {}),
    ...(figure.percentiles?.p75 !== undefined ? { percentile75: figure.percentiles.p75 } : {}),
    ...(figure.percentiles?.p90 !== undefined ? { percentile90: figure.percentiles.p90 } : {}),
  };
}

/**
 * The figures that go into structured data: every figure the role's salary table shows as this
 * role's pay, so neither superseded ones (the table keeps those as history; as data they would
 * hand consumers two competing current values for the same group) nor context-only ones (another
 * occupation of a combined official profile, which the table labels "not pay for this role").
 */
export function currentFigures<F extends Pick<SalaryInput, 'supersededBy' | 'context'>>(figures: F[]): F[] {
  return figures.filter((figure) => !figure.supersededBy && !figure.context);
}
