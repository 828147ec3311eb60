import { byKind, skillText } from '../catalog/skill-groups.ts';
import { byCategory } from '../catalog/technology-usage.ts';
import { mapRoles, roleMap, type CareerMap } from '../charts/career-map.ts';
import { occupationJsonLd } from '../jsonld/occupation.ts';
import { estimatedSalaries } from '../figures/headline.ts';
import type { JsonLd } from '../jsonld/serialize.ts';
import type { Role } from '../model/role-types.ts';
import { cardAlt, cardSize, roleCard } from '../og/card.ts';
import { ogImagePath } from '../og/card-paths.ts';
import { trailTo, type Crumb } from '../page/trail.ts';
import { sitePath, technologyUrl } from '../page/urls.ts';
import { roleCompleteness, roleCoverage } from '../profile/role-coverage.ts';
import { profileSections, type ProfileCoverage, type ProfileSection } from '../profile/role-sections.ts';
import { roleSearchRecord, type SearchRecord } from '../search/search-records.ts';
import { alsoCalled, roleOnetViewOf, type OnetSiteContext, type RoleOnetView } from './role-onet.ts';

/**
 * Everything a role page shows beyond the role's own fields, derived from the resolved role: which
 * sections its data fills, the contents, the groups of skills and technologies, the career map, the
 * structured data and the preview image. RoleLayout.astro only lays it out; this is what its test reads.
 */

/** The kinds of education route, as the page names them. */
export const routeNames = {
  degree: 'Degree',
  'engineering-school': 'Engineering school',
  bootcamp: 'Bootcamp',
  'self-taught': 'Self-taught',
  apprenticeship: 'Apprenticeship',
  'on-the-job': 'On the job',
} as const;

export interface RolePageInput {
  role: Role;
  /** The MDX body's headings; its second-level ones open the contents. */
  headings: readonly { depth: number; slug: string; text: string }[];
  /** Every role, for the career map around this one. */
  roles: ReadonlyMap<string, Role>;
  /** The page's canonical URL and the site's root URL. */
  page: URL;
  site: URL;
  siteName: string;
  /** Whether the role has figures the pay chart can draw (the chart module needs the stylesheet, so it is asked outside). */
  hasPayChart: boolean;
  /** O*NET and what the site adds to it (links, merging); undefined where a test leaves O*NET out. */
  onet?: OnetSiteContext | undefined;
}

export interface RolePageView {
  title: string;
  /** The canonical URL, printed for readers of a printed page. */
  page: URL;
  breadcrumbs: Crumb[];
  image: { url: URL; width: number; height: number; alt: string };
  /** The FAQ page in the head; the Occupation sits in the body, just before the facts it repeats. */
  jsonLd: (JsonLd | undefined)[];
  occupation: JsonLd;
  /** The "Also called" names: the role's aliases, then O*NET's where they name the role; the JSON-LD's alternateName. */
  alsoCalled: string[];
  searchRecord: SearchRecord;
  /** Marked "brief profile" and kept out of search engines. */
  brief: boolean;
  coverage: ProfileCoverage;
  /** The sections with data, in reading order, without the sources (which close the page). */
  dataSections: ProfileSection[];
  sourcesSection: ProfileSection[];
  /** What the role's sources do not cover, in one line, with the official profile where there is one. */
  notCovered: string[];
  notCoveredLink?: { href: string; label: string } | undefined;
  toc: { id: string; title: string }[];
  technologyGroups: (readonly [string, { name: string; href: string }[]])[];
  skillGroups: { label: string; items: string[] }[];
  /** Only what a source states: a condition no source describes is left out, not shown as a placeholder. */
  workConditions: [string, string][];
  /** The role and the roles up to two steps before and after it; undefined when the role has no step. */
  map?: CareerMap | undefined;
  /** Every source id the body cites, in reading order: the source list numbers its notes from it. */
  cited: string[];
  /** The O*NET sections, from the role's onetOccupations; undefined for a role that maps to none. */
  onet?: RoleOnetView | undefined;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function rolePageView(input: RolePageInput): RolePageView {
  const { role, page } = input;
  const { data } = role.entry;
  const coverage = roleCoverage(role);
  const { shown, notCovered } = profileSections(coverage);
  const map = roleMap(mapRoles(input.roles), role.id);
  const hasMap = map.nodes.length > 1;
  const officialProfile = role.occupations[0];
  const onet = input.onet && roleOnetViewOf(input.onet, role);
  // The pictures sit inside their sections; the contents name them so a reader can jump straight to one.
  const pictures: Record<string, { id: string; title: string }[]> = {
    salary: input.hasPayChart ? [{ id: 'pay-chart', title: 'Pay chart' }] : [],
    progression: hasMap ? [{ id: 'career-map', title: 'Career map' }] : [],
    'work-asks':
      onet && onet.skills.length + onet.knowledge.length > 0 ? [{ id: 'skills-chart', title: 'Skills chart' }] : [],
  };
  const names = alsoCalled(data.aliases, onet);
  const occupationInput = {
    ...data,
    aliases: names,
    // The role's estimated salary is its headline figure (and its own article figures), never a wider group's.
    salaries: estimatedSalaries(role),
    occupations: role.occupations,
  };
  return {
    title: `${data.title}: duties, skills, salary and career path`,
    page,
    breadcrumbs: trailTo({ label: 'Roles', href: sitePath('roles/') }, { label: data.title, href: page.pathname }),
    image: {
      url: new URL(ogImagePath.role(role.id), input.site),
      ...cardSize,
      alt: cardAlt(roleCard(role, input.siteName)),
    },
    // No FAQPage: Google stopped showing FAQ rich results on 7 May 2026 (developers.google.com/search/docs/
    // appearance/structured-data/faqpage), and the questions are the page's own text.
    jsonLd: [],
    occupation: occupationJsonLd(occupationInput, page),
    alsoCalled: names,
    searchRecord: roleSearchRecord(role, input.onet?.onetExamplesWithPage ?? new Set()),
    brief: roleCompleteness(role).brief,
    coverage,
    // The "not covered" line sits between the last data section and the sources, which every role has.
    dataSections: shown.filter((section) => section.id !== 'sources'),
    sourcesSection: shown.filter((section) => section.id === 'sources'),
    notCovered,
    notCoveredLink: officialProfile && {
      href: officialProfile.url,
      label: `the official profile of ${lowerFirst(officialProfile.profileTitle)}`,
    },
    toc: [
      ...input.headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, title: h.text })),
      ...shown.flatMap((section) => [section, ...(pictures[section.id] ?? [])]),
      { id: 'download', title: 'Download the data' },
    ],
    technologyGroups: byCategory(role.technologies, (item) => item.technology).map(
      (group) =>
        [
          group.label,
          group.items.map(({ technology }) => ({ name: technology.data.name, href: technologyUrl(technology.id) })),
        ] as const,
    ),
    skillGroups: byKind(role.skills)
      .filter((group) => group.items.length > 0)
      .map((group) => ({ label: group.label, items: group.items.map(skillText) })),
    workConditions: (
      [
        ['Setting', data.workEnvironment.setting],
        ['Remote work', data.workEnvironment.remote],
        ['Hours', data.workEnvironment.hours],
      ] satisfies [string, string | undefined][]
    ).filter((row): row is [string, string] => row[1] !== undefined),
    map: hasMap ? map : undefined,
    cited: role.citations,
    onet,
  };
}
