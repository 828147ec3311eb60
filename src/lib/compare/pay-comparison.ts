import {
  formatAmount,
  formatMoney,
  periodLabel,
  regionName,
  statisticLabel,
  yearLabel,
} from '../figures/figure-format.ts';
import { inSentence } from '../page/page-text.ts';
import type { SalaryFigure } from '../model/figure-types.ts';

/** The fields of a role's headline pay figure that the answer to "would I earn more?" reads. */
export type HeadlinePayFigure = Pick<
  SalaryFigure,
  'id' | 'amount' | 'min' | 'max' | 'currency' | 'period' | 'statistic' | 'level' | 'region' | 'year' | 'asOf' | 'scope'
> & {
  official?: { occupationTitle: string; codes: string[]; edition: string; relation: string } | undefined;
};

export interface PaySide<F extends HeadlinePayFigure = HeadlinePayFigure> {
  title: string;
  /** The role's headline pay (src/lib/headline.ts), or none when its profile has no sourced figure. */
  figure?: F | undefined;
  /** "$130,160 a year", or the plain line that there is no figure. */
  amount: string;
  /** "May 2023": when the figure was measured. */
  when?: string | undefined;
  /** The group of workers it counts: the official occupation, or the source's own description. */
  group?: string | undefined;
}

/** Why two headline figures can, or cannot, be weighed against each other. */
export type Comparability = 'missing' | 'same-occupation' | 'different-years' | 'different-measures' | 'like-for-like';

export interface PayComparison<F extends HeadlinePayFigure = HeadlinePayFigure> {
  a: PaySide<F>;
  b: PaySide<F>;
  comparability: Comparability;
  /** One plain sentence: whether the two compare and why. */
  sentence: string;
}

export const noPayFigure = 'No sourced pay figure yet';

function side<F extends HeadlinePayFigure>(title: string, figure: F | undefined): PaySide<F> {
  if (!figure) return { title, amount: noPayFigure };
  return {
    title,
    figure,
    amount: `${formatAmount(figure)} ${periodLabel(figure.period)}`,
    when: figure.asOf ?? yearLabel(figure.year),
    group: figure.official?.occupationTitle ?? figure.scope,
  };
}

/** "the United States", "Germany": a country's name as it reads after "in". */
const place = (region: string) => {
  const name = regionName(region);
  return /^(United |Netherlands|Czech|Philippines)/.test(name) ? `the ${name}` : name;
};

/** What a figure measures, in words: "median pay a year in the United States". */
const measure = (f: HeadlinePayFigure) =>
  `${statisticLabel(f.statistic).toLowerCase()} pay ${periodLabel(f.period)} in ${place(f.region)}${f.level === 'all' ? '' : ` (${f.level} level)`}`;

const sameMeasure = (x: HeadlinePayFigure, y: HeadlinePayFigure) =>
  x.statistic === y.statistic &&
  x.period === y.period &&
  x.region === y.region &&
  x.currency === y.currency &&
  x.level === y.level;

/** The difference of two single amounts of one currency and period, in words; undefined for ranges. */
function difference(a: PaySide, b: PaySide): string | undefined {
  const [x, y] = [a.figure?.amount, b.figure?.amount];
  if (x === undefined || y === undefined || x === y) return undefined;
  const [higher, gap] = x > y ? [a, x - y] : [b, y - x];
  return `the ${inSentence(higher.title)} figure is ${formatMoney(gap, a.figure!.currency)} higher`;
}

/** Both counted in one occupation of one edition: the very same published number. */
const sameOccupation = (x: HeadlinePayFigure, y: HeadlinePayFigure) =>
  x.official !== undefined &&
  y.official !== undefined &&
  x.official.edition === y.official.edition &&
  x.official.codes.join() === y.official.codes.join();

const countedUnder = (f: HeadlinePayFigure) => f.official !== undefined && f.official.relation !== 'is';

/**
 * The answer to "would I earn more?" for two roles: each one's headline pay with its year and group,
 * and one sentence on whether the two compare and why, never a refusal.
 */
export function comparePay<F extends HeadlinePayFigure>(
  a: { title: string; figure?: F | undefined },
  b: { title: string; figure?: F | undefined },
): PayComparison<F> {
  const [left, right] = [side(a.title, a.figure), side(b.title, b.figure)];
  const result = (comparability: Comparability, sentence: string) => ({ a: left, b: right, comparability, sentence });
  const [x, y] = [a.figure, b.figure];
  if (!x || !y) {
    const without = [left, right].filter((s) => !s.figure).map((s) => inSentence(s.title));
    return result(
      'missing',
      without.length === 2
        ? 'Neither profile has a sourced pay figure yet, so there is nothing to weigh, and we never estimate one.'
        : `There is nothing to weigh yet: the ${without[0]} profile has no sourced pay figure, and we never estimate one.`,
    );
  }
  if (sameOccupation(x, y))
    return result(
      'same-occupation',
      `The figures are the same because official statistics count both roles in one occupation, ${inSentence(left.group!)}, so they cannot say which of the two pays more.`,
    );
  if (!sameMeasure(x, y))
    return result(
      'different-measures',
      `Not directly comparable: one is ${measure(x)}, the other ${measure(y)}, so the two numbers answer different questions.`,
    );
  const gap = difference(left, right);
  if (left.when !== right.when)
    return result(
      'different-years',
      `Only roughly comparable: the figures are for different years (${left.when} and ${right.when}) and count different groups of workers, so part of any gap${gap ? ` (${gap})` : ''} comes from the year, not the role.`,
    );
  const wider = countedUnder(x) || countedUnder(y);
  return result(
    'like-for-like',
    `Comparable: both are ${measure(x)} for ${left.when}, each for its own group of workers${gap ? `, and ${gap}` : ''}${wider ? '; those groups are wider than the roles themselves, so the gap is between occupations rather than between these two jobs' : ''}.`,
  );
}
