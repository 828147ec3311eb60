import { onetRounding } from './rounding.ts';
import type { OnetData, OnetDistributionScale, OnetOccupation } from './types.ts';

export interface RouteShare {
  category: number;
  /** O*NET's label for the category ("Bachelor's Degree"). */
  label: string;
  /** The share of workers, in percent; undefined when O*NET recommends suppressing it. */
  percent?: number;
}

export interface RouteDistribution {
  scale: OnetDistributionScale;
  shares: RouteShare[];
  date: string;
  domainSource: string;
}

export interface RoutesIn {
  education?: RouteDistribution;
  experience?: RouteDistribution;
  onSiteTraining?: RouteDistribution;
  onTheJobTraining?: RouteDistribution;
  /** One plain sentence computed from the distributions; undefined when O*NET gives none to compute it from. */
  sentence?: string;
}

function distribution(data: OnetData, occupation: OnetOccupation, scale: OnetDistributionScale) {
  const values = occupation.education[scale];
  if (!values || values.length === 0) return undefined;
  const label = (category: number) =>
    data.categories.find((c) => c.scale === scale && c.category === category)?.label ?? `Category ${category}`;
  return {
    scale,
    shares: values.map((v) => ({
      category: v.category,
      label: label(v.category),
      ...(v.suppress ? {} : { percent: v.percent }),
    })),
    date: values[0]!.date,
    domainSource: values[0]!.domainSource,
  };
}

/** The share of workers by education, related experience and training, with their labels and a sentence. */
export function routesIn(data: OnetData, occupation: OnetOccupation): RoutesIn {
  const routes = {
    education: distribution(data, occupation, 'RL'),
    experience: distribution(data, occupation, 'RW'),
    onSiteTraining: distribution(data, occupation, 'PT'),
    onTheJobTraining: distribution(data, occupation, 'OJ'),
  };
  const defined = Object.fromEntries(Object.entries(routes).filter(([, v]) => v)) as RoutesIn;
  const sentence = routesSentence(occupation.title, routes.education, routes.experience);
  return sentence ? { ...defined, sentence } : defined;
}

/** "Bachelor's Degree" → "a bachelor's degree"; "Some College Courses" → "some college courses". */
export function educationPhrase(label: string): string {
  const lower = label.toLowerCase();
  const countable = /(degree|diploma|certificate)(\s*\(.*\))?$/.test(lower) && !/^(less|some)\b/.test(lower);
  return countable ? `${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower}` : lower;
}

const percent = (value: number) => `${value.toFixed(onetRounding.percentDigits)}%`;
const shown = (d: RouteDistribution | undefined) =>
  (d?.shares ?? []).filter((s): s is RouteShare & { percent: number } => s.percent !== undefined);

/** The share of workers in suppressed categories (100 less the shares that may be shown), 0 when none is. */
const unknownShare = (d: RouteDistribution | undefined) =>
  d?.shares.some((s) => s.percent === undefined)
    ? Math.max(0, 100 - shown(d).reduce((sum, s) => sum + s.percent, 0))
    : 0;

/** What the education distribution says, as a clause: most, a tie, the largest share, or no clear pattern. */
function educationClause(who: string, education: RouteDistribution | undefined): string | undefined {
  const ranked = shown(education).sort((a, b) => b.percent - a.percent);
  const [first, second] = ranked;
  if (!first || first.percent === 0) return undefined;
  if (first.percent > 50) return `most ${who} had ${educationPhrase(first.label)} (${percent(first.percent)})`;
  // Below a majority, suppressed shares could reorder the top: say nothing rather than something wrong.
  if (unknownShare(education) >= first.percent - (second?.percent ?? 0) && unknownShare(education) >= 0.5)
    return undefined;
  if (second && Math.abs(first.percent - second.percent) < 0.5)
    return `${who} were about as likely to have ${educationPhrase(first.label)} (${percent(first.percent)}) as ${educationPhrase(second.label)} (${percent(second.percent)})`;
  if (first.percent >= 25)
    return `the largest group of ${who}, ${percent(first.percent)}, had ${educationPhrase(first.label)}`;
  return `no level of education was held by more than a quarter of ${who}; the most common was ${educationPhrase(first.label)} (${percent(first.percent)})`;
}

/** Months at which a category of related experience starts: "Over 2 years, …" → 24; "None" → 0. */
function lowerBoundMonths(label: string): number {
  const match = /^Over (\d+) (month|year)/i.exec(label);
  if (!match) return 0;
  return Number(match[1]) * (match[2]!.toLowerCase() === 'year' ? 12 : 1);
}

/** What the experience distribution says: more than two years, none, or the share with over two years. */
function experienceClause(experience: RouteDistribution | undefined, who: string): string | undefined {
  const shares = shown(experience);
  if (shares.length === 0) return undefined;
  const overTwoYears = shares.filter((s) => lowerBoundMonths(s.label) >= 24).reduce((sum, s) => sum + s.percent, 0);
  const none = shares.filter((s) => /^none$/i.test(s.label)).reduce((sum, s) => sum + s.percent, 0);
  if (overTwoYears > 50) return `over half${who} had more than two years of related work experience`;
  if (none > 50) return `over half${who} needed no related work experience`;
  // With shares suppressed, the share over two years is only a lower bound: leave the clause out.
  if (unknownShare(experience) >= 0.5) return undefined;
  return `${percent(overTwoYears)}${who} had more than two years of related work experience`;
}

/**
 * One plain sentence from the education and experience distributions ("Most software developers had a
 * bachelor's degree (85%); over half had more than two years of related work experience."): computed,
 * so it changes when the data do. Suppressed shares never count.
 */
export function routesSentence(
  title: string,
  education: RouteDistribution | undefined,
  experience: RouteDistribution | undefined,
): string | undefined {
  const who = title.toLowerCase();
  const first = educationClause(who, education);
  // The experience clause names the workers itself only when it opens the sentence.
  const clauses = [first, experienceClause(experience, first ? '' : ` of ${who}`)].filter(Boolean) as string[];
  if (clauses.length === 0) return undefined;
  const text = clauses.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
