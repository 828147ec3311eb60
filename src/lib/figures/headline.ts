import type { OutlookFigure, Relation, SalaryFigure } from '../model/figure-types.ts';
import type { Role } from '../model/role-types.ts';

/**
 * The pay a role's page leads with, and what it counts. One function picks it for the "at a glance"
 * box, the preview card, the search metadata, the JSON-LD and the `{{salary:headline}}` FAQ token, so
 * they can never name different figures.
 *
 * The rule (issue 18): the narrowest official figure that counts the role. Its own occupation's median
 * when the role *is* that occupation (database administrators alone, not administrators and architects
 * together); else the group it is counted under or part of, and then the headline names that group.
 * A role no official figure counts leads with its best article figure. Never a superseded figure when a
 * current one exists, never a figure shown only for context (another occupation of a combined profile).
 */
export interface HeadlinePay {
  figure: SalaryFigure;
  /**
   * The group the figure counts when it is wider than the role, in a sentence that leads the figure:
   * "CTOs are counted among computer and information systems managers". Undefined when the figure is
   * the role's own (its occupation alone, or an article figure about the role).
   */
  group?: string | undefined;
}

type HeadlineRole = Pick<Role, 'salaries'> & { entry: { data: { title: string } } };

/** Why a figure ranks where it does: each tier decides only when the ones before it tie. */
function rank(f: SalaryFigure): number[] {
  const official = f.official;
  return [
    f.supersededBy ? 0 : 1,
    official ? 1 : 0,
    // Fewer codes counted is a narrower figure: the role's own occupation before its combined profile.
    official ? -official.codes.length : 0,
    official ? relationRank[official.relation] : 0,
    f.year === 'undated' ? 0 : 1,
    f.period === 'year' ? 1 : 0,
    f.level === 'all' ? 1 : 0,
    f.statistic === 'median' ? 1 : 0,
    f.year === 'undated' ? 0 : f.year,
  ];
}

const relationRank: Record<Relation, number> = { is: 3, 'counted-under': 2, 'part-of': 1 };

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
  return 0;
}

/** The headline figure alone: see `headlinePay`. */
export function headlineSalary(role: Pick<Role, 'salaries'>): SalaryFigure | undefined {
  return role.salaries
    .filter((f) => !f.context)
    .map((figure) => ({ figure, rank: rank(figure) }))
    .sort((a, b) => compareRanks(a.rank, b.rank))[0]?.figure;
}

/** The headline figure and, when it counts a group wider than the role, the sentence naming that group. */
export function headlinePay(role: HeadlineRole): HeadlinePay | undefined {
  const figure = headlineSalary(role);
  if (!figure) return undefined;
  const official = figure.official;
  const own = official?.relation === 'is' && official.codes.length === 1;
  if (!official || own) return { figure };
  const group = lowerFirst(official.occupationTitle);
  const people = pluralTitle(role.entry.data.title);
  const sentence =
    official.relation === 'part-of'
      ? `${people} are one of the jobs counted as ${group}`
      : `${people} are counted among ${group}`;
  return { figure, group: sentence };
}

/**
 * What structured data offers as the role's estimated salary: the headline first, then the role's other
 * current article figures (other regions, levels); never another official group's figure, which would
 * hand consumers a second, wider number as this role's pay.
 */
export function estimatedSalaries(role: Pick<Role, 'salaries'>): SalaryFigure[] {
  const headline = headlineSalary(role);
  if (!headline) return [];
  const others = role.salaries.filter((f) => f !== headline && !f.official && !f.supersededBy && !f.context);
  return [headline, ...others];
}

/** "Chief technology officer (CTO)" → "CTOs"; "Data engineer" → "Data engineers". */
export function pluralTitle(title: string): string {
  const abbreviation = /\(([A-Z]{2,})\)\s*$/.exec(title)?.[1];
  return abbreviation ? `${abbreviation}s` : `${title}s`;
}

/** Lower-cases the first letter unless the word is an abbreviation ("QA", "IT"). */
function lowerFirst(text: string): string {
  return /^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The outlook figure an "at a glance" box shows: current projected growth, newest first. */
export function headlineOutlook(role: Pick<Role, 'outlook'>): OutlookFigure | undefined {
  const year = (f: OutlookFigure) => (f.from === 'undated' ? 0 : f.from);
  return role.outlook
    .filter((f) => f.metric === 'employment-growth' && !f.supersededBy)
    .sort((a, b) => year(b) - year(a))[0];
}
