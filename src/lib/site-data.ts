import { getCollection, type CollectionEntry } from 'astro:content';
import { siteConfig } from '../site.config.ts';
import { isOlderFigure } from './figure-age.ts';
import { expandFigureTokens } from './figure-tokens.ts';
import { linkProgression } from './progression.ts';

export type RoleEntry = CollectionEntry<'roles'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type FamilyEntry = CollectionEntry<'families'>;
type RawSalary = RoleEntry['data']['salaries'][number];
type RawOutlook = RoleEntry['data']['outlook'][number];

/** A salary figure with its source (and intermediary) resolved. */
export type SalaryFigure = Omit<RawSalary, 'source' | 'via'> & {
  source: SourceEntry;
  via?: SourceEntry;
  /** Marked "older figure" (src/lib/figure-age.ts): older than the configured age and not superseded. */
  older: boolean;
};
export type OutlookFigure = Omit<RawOutlook, 'source' | 'via'> & {
  source: SourceEntry;
  via?: SourceEntry;
  older: boolean;
};

/** A role with every reference resolved and its place in the progression graph. */
export interface Role {
  id: string;
  entry: RoleEntry;
  family: FamilyEntry;
  salaries: SalaryFigure[];
  outlook: OutlookFigure[];
  sources: SourceEntry[];
  /** Its own leadsTo, merged with the roles that list this one in their comesFrom. */
  leadsTo: RoleEntry[];
  /** Its own comesFrom, merged with the roles that list this one in their leadsTo. */
  comesFrom: RoleEntry[];
  related: RoleEntry[];
  guides: GuideEntry[];
  /** The FAQs with figure tokens filled in from the typed figures. */
  faqs: { question: string; answer: string }[];
}

export interface SiteData {
  roles: Map<string, Role>;
  guides: GuideEntry[];
  sources: Map<string, SourceEntry>;
  families: FamilyEntry[];
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
  const [roleEntries, guideEntries, sourceEntries, familyEntries] = await Promise.all([
    getCollection('roles'),
    getCollection('guides', (guide) => import.meta.env.DEV || !guide.data.draft),
    getCollection('sources'),
    getCollection('families'),
  ]);
  const problems: string[] = [];
  const roleById = new Map(roleEntries.map((entry) => [entry.id, entry]));
  const sourceById = new Map(sourceEntries.map((entry) => [entry.id, entry]));
  const familyById = new Map(familyEntries.map((entry) => [entry.id, entry]));

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

    const salaries = data.salaries.flatMap((figure, i): SalaryFigure[] => {
      const resolved = source(figure.source, `salaries[${i}].source`);
      const via = figure.via && source(figure.via, `salaries[${i}].via`);
      return resolved
        ? [{ ...figure, source: resolved, via, older: olderFigure(figure.year, figure.supersededBy) }]
        : [];
    });
    const outlook = data.outlook.flatMap((figure, i): OutlookFigure[] => {
      const resolved = source(figure.source, `outlook[${i}].source`);
      const via = figure.via && source(figure.via, `outlook[${i}].via`);
      return resolved
        ? [{ ...figure, source: resolved, via, older: olderFigure(figure.from, figure.supersededBy) }]
        : [];
    });
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
      sources: data.sources.map((ref, i) => source(ref, `sources[${i}]`)).filter(present),
      leadsTo: data.progression.leadsTo.map((ref, i) => role(ref, `progression.leadsTo[${i}]`)).filter(present),
      comesFrom: data.progression.comesFrom.map((ref, i) => role(ref, `progression.comesFrom[${i}]`)).filter(present),
      related: data.related.map((ref, i) => role(ref, `related[${i}]`)).filter(present),
      guides: sortedGuides.filter((guide) => guide.data.roles.some((ref) => ref.id === entry.id)),
      faqs,
    });
  }
  if (problems.length > 0) throw new ContentReferenceError(problems);

  linkProgression(roles);
  const byTitle = (a: RoleEntry, b: RoleEntry) => a.data.title.localeCompare(b.data.title);
  for (const role of roles.values()) role.comesFrom.sort(byTitle);

  return {
    roles,
    guides: sortedGuides,
    sources: sourceById,
    families: [...familyEntries].sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name)),
  };
}

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
