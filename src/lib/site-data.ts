import { getCollection, type CollectionEntry } from 'astro:content';
import { technologyCategories } from '../schemas/technology.ts';
import { siteConfig } from '../site.config.ts';
import { isOlderFigure } from './figure-age.ts';
import { expandFigureTokens } from './figure-tokens.ts';
import {
  describeCode,
  officialEntry,
  officialFigures,
  type EditionEntry,
  type OccupationMapping,
  type OfficialProvenance,
  type Percentiles,
} from './official-figures.ts';
import { codesWithoutFigures } from './figures/role-official.ts';
import { comparePairs, type RolePair } from './compare.ts';
import { linkProgression } from './progression.ts';
import type { RoleSkill } from './skills.ts';
import { editionSource, type SourceData } from './sources.ts';
import { technologyUsage, type RoleTechnology, type TechnologyUsage } from './technologies.ts';

export type RoleEntry = CollectionEntry<'roles'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type StatisticsEntry = CollectionEntry<'statistics'>;
export type FamilyEntry = CollectionEntry<'families'>;
export type TechnologyEntry = CollectionEntry<'technologies'>;
export type SkillEntry = CollectionEntry<'skills'>;
/**
 * Anything a figure or a sentence can cite: a file in content/sources/, or an edition of official
 * statistics in content/statistics/ (cited by the file's id, described from its fields).
 */
export interface SourceEntry {
  id: string;
  data: SourceData;
}
type RawSalary = RoleEntry['data']['salaries'][number];
type RawOutlook = RoleEntry['data']['outlook'][number];

/** A salary figure with its source (and intermediary) resolved. */
export type SalaryFigure = Omit<RawSalary, 'source' | 'via'> & {
  source: SourceEntry;
  via?: SourceEntry;
  /** Marked "older figure" (src/lib/figure-age.ts): older than the configured age and not superseded. */
  older: boolean;
  /** Annual pay percentiles, when the publication gives them. */
  percentiles?: Percentiles;
  /** Shown for context only (another occupation in a combined official profile): not this role's pay. */
  context?: true;
  /** For figures from content/statistics/: the edition, occupation, codes and statistic. */
  official?: OfficialProvenance;
};
export type OutlookFigure = Omit<RawOutlook, 'source' | 'via'> & {
  source: SourceEntry;
  via?: SourceEntry;
  older: boolean;
  official?: OfficialProvenance;
};

/** An occupation code of the role, with its official title and the page that describes it. */
export interface RoleOccupation extends OccupationMapping {
  title: string;
  /** The title of the profile that publishes its figures (may combine several codes). */
  profileTitle: string;
  url: string;
}

/** What the newest official edition says it takes to enter an occupation the role maps to. */
export interface OfficialEntry {
  education?: string | undefined;
  experience?: string | undefined;
  training?: string | undefined;
  source: SourceEntry;
  occupationTitle: string;
  url: string;
  relation: OccupationMapping['relation'];
  note?: string | undefined;
}

/** A role with every reference resolved and its place in the progression graph. */
export interface Role {
  id: string;
  entry: RoleEntry;
  family: FamilyEntry;
  /** The official figures of its occupation codes (newest edition first), then the role's own. */
  salaries: SalaryFigure[];
  outlook: OutlookFigure[];
  /** The sources its page cites: those the role lists, then the statistics editions its figures come from. */
  sources: SourceEntry[];
  occupations: RoleOccupation[];
  officialEntry: OfficialEntry[];
  /** For a role no official statistic counts: the nearest occupation with figures, and why it is only near. */
  nearestOccupation?: Omit<RoleOccupation, 'relation'> | undefined;
  /** Its own leadsTo, merged with the roles that list this one in their comesFrom. */
  leadsTo: RoleEntry[];
  /** Its own comesFrom, merged with the roles that list this one in their leadsTo. */
  comesFrom: RoleEntry[];
  /** Its own related roles, merged with the roles that list this one as related. */
  related: RoleEntry[];
  /** Roles an editor asked to compare with this one beyond its progression and related roles. */
  compareWith: RoleEntry[];
  /** Its skills, each resolved to its entry in content/skills.yaml, in the order the role lists them. */
  skills: RoleSkill[];
  /** Its technologies, each resolved to its entry in content/technologies.yaml, in the role's order. */
  technologies: RoleTechnology[];
  guides: GuideEntry[];
  /** The FAQs with figure tokens filled in from the typed figures. */
  faqs: { question: string; answer: string }[];
}

export interface SiteData {
  roles: Map<string, Role>;
  guides: GuideEntry[];
  /** Every citable id: files in content/sources/ and editions in content/statistics/. */
  sources: Map<string, SourceEntry>;
  statistics: StatisticsEntry[];
  families: FamilyEntry[];
  /** Every technology, by category in page order, then by name. */
  technologies: TechnologyEntry[];
  /** Each technology's roles (and what for) and the guides that name it. */
  technologyUsage: Map<string, TechnologyUsage<Role, GuideEntry>>;
  skills: Map<string, SkillEntry>;
  /** One compare page per pair of linked roles, ordered by address. */
  comparisons: RolePair[];
}

/** A content problem located in a file and field: what is wrong and how to fix it. */
export class ContentReferenceError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Content references that point nowhere:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ContentReferenceError';
    this.problems = problems;
  }
}

const olderFigure = (year: number | 'undated', supersededBy: string | undefined) =>
  isOlderFigure({ year, supersededBy }, new Date(), siteConfig.maxFigureAgeYears);

let cached: Promise<SiteData> | undefined;

/** Every collection, read once per build and cross-checked: pages and components share this. */
export function loadSite(): Promise<SiteData> {
  cached ??= buildSiteData();
  return cached;
}

async function buildSiteData(): Promise<SiteData> {
  const [roleEntries, guideEntries, sourceEntries, statisticsEntries, familyEntries, technologyEntries, skillEntries] =
    await Promise.all([
      getCollection('roles'),
      getCollection('guides', (guide) => import.meta.env.DEV || !guide.data.draft),
      getCollection('sources'),
      getCollection('statistics'),
      getCollection('families'),
      getCollection('technologies'),
      getCollection('skills'),
    ]);
  const problems: string[] = [];
  const roleById = new Map(roleEntries.map((entry) => [entry.id, entry]));
  const sourceById = new Map<string, SourceEntry>([
    ...sourceEntries.map((entry) => [entry.id, entry] as const),
    ...statisticsEntries.map((entry) => [entry.id, editionSource(entry.id, entry.data)] as const),
  ]);
  const editions: EditionEntry[] = statisticsEntries.map(({ id, data }) => ({ id, data }));
  const familyById = new Map(familyEntries.map((entry) => [entry.id, entry]));
  const technologyById = new Map(technologyEntries.map((entry) => [entry.id, entry]));
  const skillById = new Map(skillEntries.map((entry) => [entry.id, entry]));

  function resolve<T>(
    map: Map<string, T>,
    ref: { id: string },
    file: string | undefined,
    field: string,
    folder: string,
  ): T | undefined {
    const target = map.get(ref.id);
    if (!target) problems.push(`${file ?? '?'}  ${field}  "${ref.id}" does not exist — create ${folder} or fix the id`);
    return target;
  }
  const present = <T>(value: T | undefined): value is T => value !== undefined;

  const sortedGuides = [...guideEntries].sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
  for (const guide of sortedGuides) {
    guide.data.roles.forEach((ref, i) =>
      resolve(roleById, ref, guide.filePath, `roles[${i}]`, `content/roles/${ref.id}.mdx`),
    );
  }

  const roles = new Map<string, Role>();
  for (const entry of roleEntries) {
    const { data, filePath } = entry;
    const source = (ref: { id: string }, field: string) =>
      resolve(sourceById, ref, filePath, field, `content/sources/${ref.id}.yaml`);
    const role = (ref: { id: string }, field: string) =>
      resolve(roleById, ref, filePath, field, `content/roles/${ref.id}.mdx`);

    const mappings: OccupationMapping[] = data.occupationCodes;
    // The content check reports these first, with a fix; the same rule stops a build that skipped it.
    for (const { field, code } of codesWithoutFigures(data, editions))
      problems.push(`${filePath ?? '?'}  ${field}  no file in content/statistics/ gives figures for ${code}`);
    const occupations = mappings.flatMap((mapping): RoleOccupation[] => {
      const described = describeCode(mapping, editions);
      return described
        ? [{ ...mapping, title: described.title, profileTitle: described.profileTitle, url: described.url }]
        : [];
    });
    const nearestMapping = data.nearestOccupation && { ...data.nearestOccupation, relation: 'is' as const };
    const nearestDescribed = nearestMapping && describeCode(nearestMapping, editions);
    const nearestOccupation = nearestDescribed && {
      system: nearestMapping.system,
      code: nearestMapping.code,
      note: nearestMapping.note,
      title: nearestDescribed.title,
      profileTitle: nearestDescribed.profileTitle,
      url: nearestDescribed.url,
    };
    // The page links each official figure to the page it is read from, so the edition is cited by that page.
    const officialSource = (editionId: string, url: string, title: string): SourceEntry | undefined => {
      const edition = sourceById.get(editionId);
      return edition && { id: edition.id, data: { ...edition.data, url, title: `${edition.data.title}: ${title}` } };
    };
    const official = officialFigures(mappings, editions);
    const officialSalaries = official.salaries.flatMap((figure): SalaryFigure[] => {
      const resolved = officialSource(figure.source.id, figure.official.url, figure.official.occupationTitle);
      const via =
        figure.via &&
        source(figure.via, `occupationCodes (quotedBy in content/statistics/${figure.official.edition}.yaml)`);
      return resolved
        ? [{ ...figure, source: resolved, via, older: olderFigure(figure.year, figure.supersededBy) }]
        : [];
    });
    const officialOutlook = official.outlook.flatMap((figure): OutlookFigure[] => {
      const resolved = officialSource(figure.source.id, figure.official.url, figure.official.occupationTitle);
      const via =
        figure.via &&
        source(figure.via, `occupationCodes (quotedBy in content/statistics/${figure.official.edition}.yaml)`);
      return resolved
        ? [{ ...figure, source: resolved, via, older: olderFigure(figure.from, figure.supersededBy) }]
        : [];
    });
    const salaries = [
      ...officialSalaries,
      ...data.salaries.flatMap((figure, i): SalaryFigure[] => {
        const resolved = source(figure.source, `salaries[${i}].source`);
        const via = figure.via && source(figure.via, `salaries[${i}].via`);
        return resolved
          ? [{ ...figure, source: resolved, via, older: olderFigure(figure.year, figure.supersededBy) }]
          : [];
      }),
    ];
    const outlook = [
      ...officialOutlook,
      ...data.outlook.flatMap((figure, i): OutlookFigure[] => {
        const resolved = source(figure.source, `outlook[${i}].source`);
        const via = figure.via && source(figure.via, `outlook[${i}].via`);
        return resolved
          ? [{ ...figure, source: resolved, via, older: olderFigure(figure.from, figure.supersededBy) }]
          : [];
      }),
    ];
    const entryRequirements = officialEntry(mappings, editions).flatMap((entry): OfficialEntry[] => {
      const resolved = officialSource(entry.source.id, entry.url, entry.occupationTitle);
      return resolved ? [{ ...entry, source: resolved }] : [];
    });
    // Listed sources first, in the editor's order, then the editions the official figures come from; an
    // edition is described by the occupation page the role's figures are read from.
    const fromStatistics = new Map<string, SourceEntry>();
    for (const figure of [...officialSalaries, ...officialOutlook]) {
      if (!fromStatistics.has(figure.source.id)) fromStatistics.set(figure.source.id, figure.source);
    }
    const listed = data.sources
      .map((ref, i) => source(ref, `sources[${i}]`))
      .filter(present)
      .map((entry) => fromStatistics.get(entry.id) ?? entry);
    const roleSources = [...listed, ...[...fromStatistics.values()].filter((e) => !listed.some((l) => l.id === e.id))];
    const expand = (text: string, field: string) => {
      const expanded = expandFigureTokens(text, { salaries, outlook });
      for (const token of expanded.unknown) {
        problems.push(
          `${filePath ?? '?'}  ${field}  ${token} names no figure in this role — use an id from its salaries or outlook`,
        );
      }
      return expanded.text;
    };
    const faqs = data.faqs.map((faq, i) => ({
      question: expand(faq.question, `faqs[${i}].question`),
      answer: expand(faq.answer, `faqs[${i}].answer`),
    }));
    const family = resolve(
      familyById,
      data.family,
      filePath,
      'family',
      `an entry "${data.family.id}" in content/families.yaml`,
    );
    roles.set(entry.id, {
      id: entry.id,
      entry,
      family: family ?? familyEntries[0]!,
      salaries,
      outlook,
      sources: roleSources,
      occupations,
      officialEntry: entryRequirements,
      nearestOccupation,
      leadsTo: data.progression.leadsTo.map((ref, i) => role(ref, `progression.leadsTo[${i}]`)).filter(present),
      comesFrom: data.progression.comesFrom.map((ref, i) => role(ref, `progression.comesFrom[${i}]`)).filter(present),
      related: data.related.map((ref, i) => role(ref, `related[${i}]`)).filter(present),
      compareWith: data.compareWith.map((ref, i) => role(ref, `compareWith[${i}]`)).filter(present),
      skills: data.skills.flatMap((item, i): RoleSkill[] => {
        const skill = resolve(
          skillById,
          item.skill,
          filePath,
          `skills[${i}].skill`,
          `an entry "${item.skill.id}" in content/skills.yaml`,
        );
        return skill ? [{ skill, detail: item.detail }] : [];
      }),
      technologies: data.technologies.flatMap((item, i): RoleTechnology[] => {
        const technology = resolve(
          technologyById,
          item.technology,
          filePath,
          `technologies[${i}].technology`,
          `an entry "${item.technology.id}" in content/technologies.yaml`,
        );
        return technology ? [{ technology, usedFor: item.usedFor }] : [];
      }),
      guides: sortedGuides.filter((guide) => guide.data.roles.some((ref) => ref.id === entry.id)),
      faqs,
    });
  }
  if (problems.length > 0) throw new ContentReferenceError(problems);

  linkProgression(roles);
  // "Related" and an editor's compare pair go both ways, like progression steps: written on one
  // role, shown on both, so each of the two pages links the other and their compare page.
  for (const role of roles.values()) {
    for (const list of ['related', 'compareWith'] as const) {
      for (const other of [...role[list]]) {
        const target = roles.get(other.id);
        if (target && !target[list].some((e) => e.id === role.id)) target[list].push(role.entry);
      }
    }
  }
  const byTitle = (a: RoleEntry, b: RoleEntry) => a.data.title.localeCompare(b.data.title);
  for (const role of roles.values()) {
    role.comesFrom.sort(byTitle);
    role.compareWith.sort(byTitle);
  }

  const categoryOrder = Object.keys(technologyCategories);
  const technologies = [...technologyEntries].sort(
    (a, b) =>
      categoryOrder.indexOf(a.data.category) - categoryOrder.indexOf(b.data.category) ||
      a.data.name.localeCompare(b.data.name),
  );
  const roleList = [...roles.values()].sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title));
  return {
    roles,
    guides: sortedGuides,
    sources: sourceById,
    statistics: statisticsEntries,
    families: [...familyEntries].sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name)),
    technologies,
    technologyUsage: technologyUsage(technologies, roleList, sortedGuides),
    skills: skillById,
    comparisons: comparePairs(
      roleList.map((role) => ({
        id: role.id,
        leadsTo: role.leadsTo.map((r) => r.id),
        comesFrom: role.comesFrom.map((r) => r.id),
        related: role.related.map((r) => r.id),
        compareWith: role.compareWith.map((r) => r.id),
      })),
    ),
  };
}

export { roleCompleteness, roleCoverage } from './role-coverage.ts';

/** The role with this id, or a build error naming the component and id that asked for it. */
export async function requireRole(id: string, askedBy: string): Promise<Role> {
  const role = (await loadSite()).roles.get(id);
  if (!role)
    throw new ContentReferenceError([
      `${askedBy}  role="${id}"  no role with that id — use a file name from content/roles/ without .mdx`,
    ]);
  return role;
}

export async function requireSalary(roleId: string, figureId: string, askedBy: string): Promise<SalaryFigure> {
  const role = await requireRole(roleId, askedBy);
  const figure = role.salaries.find((f) => f.id === figureId);
  if (!figure) {
    const known = role.salaries.map((f) => f.id).join(', ') || 'none';
    throw new ContentReferenceError([
      `${askedBy}  id="${figureId}"  ${roleId} has no salary figure with that id — known ids: ${known}`,
    ]);
  }
  return figure;
}

export async function requireOutlook(roleId: string, figureId: string, askedBy: string): Promise<OutlookFigure> {
  const role = await requireRole(roleId, askedBy);
  const figure = role.outlook.find((f) => f.id === figureId);
  if (!figure) {
    const known = role.outlook.map((f) => f.id).join(', ') || 'none';
    throw new ContentReferenceError([
      `${askedBy}  id="${figureId}"  ${roleId} has no outlook figure with that id — known ids: ${known}`,
    ]);
  }
  return figure;
}
