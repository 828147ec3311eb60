import { trailTo, type Crumb } from '../page/trail.ts';
import type { Comparison } from './compare-roles.ts';
import { comparisonHeading } from './compare-roles.ts';
import { headlineSalary } from '../figures/headline.ts';
import { comparisonJsonLd } from '../jsonld/comparison.ts';
import type { JsonLd } from '../jsonld/serialize.ts';
import type { Role } from '../model/role-types.ts';
import { byKind, skillText } from '../catalog/skill-groups.ts';
import { byCategory } from '../catalog/technology-usage.ts';
import type { RoleSkill, RoleTechnology } from '../model/entries.ts';
import { compareUrl, noOfficialStatisticId, roleUrl, sitePath } from '../page/urls.ts';
import { comparePay, type PayComparison } from './pay-comparison.ts';
import type { SalaryFigure } from '../model/figure-types.ts';

/** One direction of a move between the roles: what the other role asks for that this one does not. */
export interface Move {
  from: Role;
  to: Role;
  toTitle: string;
  skills: Comparison['skills']['onlyA'];
  technologies: Comparison['technologies']['onlyA'];
}

/** A part of a compare page listed in its contents, in page order. */
export interface ContentsItem {
  id: string;
  title: string;
}

/**
 * Everything a compare page shows, worked out once from the comparison, so that
 * src/pages/compare/[pair].astro only lays it out.
 */
export interface ComparePage {
  heading: string;
  titles: [string, string];
  breadcrumbs: Crumb[];
  jsonLd: JsonLd[];
  updated: Date;
  pay: PayComparison<SalaryFigure>;
  moves: Move[];
  contents: ContentsItem[];
  /** Where each profile says what is known of its pay. */
  payLinks: [string, string];
  /** True when some figures of either role are measured differently and stay in its own profile. */
  hasUnmatchedFigures: boolean;
}

/** The aspects set side by side, each a section of the page, in page order (ids are the anchors). */
export const sideBySideSections = [
  { id: 'summary', title: 'In one sentence' },
  { id: 'duties', title: 'Duties' },
  { id: 'technical-skills', title: 'Technical skills' },
  { id: 'personal-skills', title: 'Personal skills' },
  { id: 'technologies', title: 'Technologies' },
  { id: 'education', title: 'Education' },
  { id: 'work-environment', title: 'Work environment' },
] as const;

/**
 * Where a profile says what is known of its pay: its salary section, or, for a role with no figure, the
 * line naming the nearest occupation with official figures (a role page leaves out sections it has nothing for).
 */
export const payLink = (role: Role) =>
  `${roleUrl(role.id)}${role.salaries.length > 0 ? '#salary' : role.occupations.length === 0 ? `#${noOfficialStatisticId}` : ''}`;

/** The setting, remote work and hours a profile records, as label and text. */
export const workConditions = (role: Role) =>
  (
    [
      ['Setting', role.entry.data.workEnvironment.setting],
      ['Remote work', role.entry.data.workEnvironment.remote],
      ['Hours', role.entry.data.workEnvironment.hours],
    ] satisfies [string, string | undefined][]
  ).filter((row): row is [string, string] => row[1] !== undefined);

export const skillsOfKind = (items: RoleSkill[], kind: 'technical' | 'personal') =>
  byKind(items)
    .find((group) => group.kind === kind)!
    .items.map(skillText);

export const technologyNames = (items: RoleTechnology[]) => byCategory(items, (item) => item.technology);

export function comparePage(comparison: Comparison, page: URL, site: URL): ComparePage {
  const { pair, a, b, skills, technologies, salaries, outlook } = comparison;
  const titles: [string, string] = [a.entry.data.title, b.entry.data.title];
  const heading = comparisonHeading(...titles);
  const unmatched = [salaries.unmatchedA, salaries.unmatchedB, outlook.unmatchedA, outlook.unmatchedB];
  return {
    heading,
    titles,
    breadcrumbs: trailTo(
      { label: 'Roles', href: sitePath('roles/') },
      { label: 'Compare', href: sitePath('compare/') },
      { label: heading, href: compareUrl(pair.slug) },
    ),
    jsonLd: [
      comparisonJsonLd(page, heading, comparison.description, [
        { title: titles[0], page: new URL(roleUrl(a.id), site) },
        { title: titles[1], page: new URL(roleUrl(b.id), site) },
      ]),
    ],
    updated: new Date(Math.max(a.entry.data.lastReviewed.getTime(), b.entry.data.lastReviewed.getTime())),
    pay: comparePay({ title: titles[0], figure: headlineSalary(a) }, { title: titles[1], figure: headlineSalary(b) }),
    moves: [
      { from: a, to: b, toTitle: titles[1], skills: skills.onlyB, technologies: technologies.onlyB },
      { from: b, to: a, toTitle: titles[0], skills: skills.onlyA, technologies: technologies.onlyA },
    ],
    contents: [
      { id: 'pay', title: 'Would I earn more?' },
      { id: 'onet-gap', title: "The gap on O*NET's scales" },
      { id: 'gap', title: 'What they share, and what each would add' },
      ...sideBySideSections,
      { id: 'figures', title: 'Pay and outlook, like for like' },
    ],
    payLinks: [payLink(a), payLink(b)],
    hasUnmatchedFigures: unmatched.some((list) => list.length > 0),
  };
}
