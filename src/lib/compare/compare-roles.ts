import {
  compareFigures,
  gap,
  outlookBasis,
  salaryBasis,
  type FigureComparison,
  type Gap,
  type RolePair,
} from './role-pairs.ts';
import { fitDescription, inSentence } from '../page/page-text.ts';
import type { OutlookFigure, SalaryFigure } from '../model/figure-types.ts';
import type { Role } from '../model/role-types.ts';
import type { SourceEntry } from '../model/entries.ts';
import { widerSkills } from '../catalog/skill-groups.ts';
import type { RoleSkill, SkillEntry } from '../model/entries.ts';
import { listOfNames } from '../catalog/technology-usage.ts';
import type { RoleTechnology } from '../model/entries.ts';
import { onetGap, type OnetGap } from './onet-gap.ts';
import type { OnetData } from '../onet/types.ts';
import type { EditorialTechnology } from '../onet/technologies.ts';

/**
 * Everything a compare page says about two roles, derived from their resolved data: the page
 * (src/pages/compare/[pair].astro) only lays it out.
 */
export interface Comparison {
  pair: RolePair;
  a: Role;
  b: Role;
  title: string;
  description: string;
  /** Why the two are compared, in the site's words, from the links between them. */
  lede: string;
  /** The gap on O*NET's scales, both ways: what the page shows first. */
  onet: OnetGap;
  skills: Gap<RoleSkill>;
  technologies: Gap<RoleTechnology>;
  salaries: FigureComparison<SalaryFigure>;
  outlook: FigureComparison<OutlookFigure>;
  /** When no figure of one can be set beside a figure of the other: why, in a sentence. */
  noComparableFigures?: string | undefined;
}

type RoleLinksOf = Pick<Role, 'id' | 'leadsTo' | 'related' | 'compareWith'>;

/** The sentence that says how the two roles are linked, from the progression and related lists. */
export function linkSentence(a: RoleLinksOf & { title: string }, b: RoleLinksOf & { title: string }): string {
  const steps = [
    a.leadsTo.some((r) => r.id === b.id) && `from ${inSentence(a.title)} to ${inSentence(b.title)}`,
    b.leadsTo.some((r) => r.id === a.id) && `from ${inSentence(b.title)} to ${inSentence(a.title)}`,
  ].filter((s): s is string => typeof s === 'string');
  const related = a.related.some((r) => r.id === b.id) || b.related.some((r) => r.id === a.id);
  const sentences = [
    steps.length > 0 && `Our profiles record a career step ${steps.join(' and one ')}.`,
    related && 'Each profile lists the other among its related roles.',
    steps.length === 0 &&
      !related &&
      (a.compareWith.some((r) => r.id === b.id) || b.compareWith.some((r) => r.id === a.id)) &&
      'Our editors set these two roles side by side.',
  ].filter((s): s is string => typeof s === 'string');
  return sentences.join(' ');
}

/** "Back-end developer vs DevOps engineer" */
export const comparisonHeading = (a: string, b: string) => `${a} vs ${b}`;

/** Where each role's figures come from, for the sentence that says why none can be set side by side. */
function figureOrigins(role: Pick<Role, 'salaries' | 'outlook'>): string[] {
  const current = [...role.salaries, ...role.outlook].filter(
    (f) => f.supersededBy === undefined && !('context' in f && f.context),
  );
  const names = new Map<string, SourceEntry>();
  for (const figure of current) names.set(figure.source.id, figure.source);
  return [...names.values()].map((source) => source.data.shortName ?? source.data.publisher);
}

/** Why two roles' figures cannot be set side by side, or undefined when some can. */
export function whyNotComparable(
  a: Pick<Role, 'salaries' | 'outlook'> & { title: string },
  b: Pick<Role, 'salaries' | 'outlook'> & { title: string },
): string {
  const [fromA, fromB] = [figureOrigins(a), figureOrigins(b)];
  if (fromA.length === 0 && fromB.length === 0)
    return `Neither profile has a sourced pay or outlook figure yet, and we never estimate one.`;
  if (fromA.length === 0 || fromB.length === 0) {
    const [without, other] = fromA.length === 0 ? [a, b] : [b, a];
    return `The ${inSentence(without.title)} profile has no sourced pay or outlook figure yet, so nothing can be set beside the ${inSentence(other.title)} figures. We never estimate one.`;
  }
  return `Their figures do not measure the same thing: the ${inSentence(a.title)} figures come from ${listOfNames(fromA)}, the ${inSentence(b.title)} figures from ${listOfNames(fromB)}, for different editions, regions, periods or levels. Side by side they would mislead, so each stays in its own table.`;
}

/** What compareRoles reads besides the two roles: every skill by id (which is part of which), O*NET, the catalogue. */
export interface CompareContext {
  skills: ReadonlyMap<string, SkillEntry>;
  onet: OnetData;
  catalogue: readonly EditorialTechnology[];
}

const gapRole = (role: Role) => ({
  id: role.id,
  title: role.entry.data.title,
  onet: role.onet,
  technologyIds: role.technologies.map((t) => t.technology.id),
});

/** Two roles compared, on O*NET's scales first, then on what their profiles list. */
export function compareRoles(
  pair: RolePair,
  a: Role,
  b: Role,
  { skills, onet, catalogue }: CompareContext,
): Comparison {
  const titleA = a.entry.data.title;
  const titleB = b.entry.data.title;
  const heading = comparisonHeading(titleA, titleB);
  const salaries = compareFigures(a.salaries, b.salaries, salaryBasis);
  const outlook = compareFigures(a.outlook, b.outlook, outlookBasis);
  const comparable = salaries.rows.length + outlook.rows.length > 0;
  return {
    pair,
    a,
    b,
    title: `${heading}: skills, pay and the gap between them`,
    description: fitDescription(`/compare/${pair.slug}/`, [
      `${titleA} and ${inSentence(titleB)} side by side: duties, skills, technologies, education and pay, and what each would need to learn for the other.`,
      `${titleA} and ${inSentence(titleB)} side by side: duties, skills, pay, and what each would need to learn.`,
      `${heading}: duties, skills and pay side by side.`,
      heading.length >= 50 ? heading.slice(0, 160) : `${heading}: the two roles side by side.`,
    ]),
    lede: linkSentence({ ...a, title: titleA }, { ...b, title: titleB }),
    onet: onetGap(onet, gapRole(a), gapRole(b), catalogue),
    skills: gap(
      a.skills,
      b.skills,
      (item) => item.skill.id,
      (id) => widerSkills(id, skills),
    ),
    technologies: gap(a.technologies, b.technologies, (item) => item.technology.id),
    salaries,
    outlook,
    noComparableFigures: comparable ? undefined : whyNotComparable({ ...a, title: titleA }, { ...b, title: titleB }),
  };
}
