import { currentFirst } from '../figures/figure-order.ts';
import { expandFigureTokens } from '../figures/figure-tokens.ts';
import { withSources, type FigureSourceLookup } from '../figures/figure-sources.ts';
import { describeCode, officialCitation, officialEntry, officialFigures } from '../figures/official-figures.ts';
import type {
  FamilyEntry,
  GuideEntry,
  RoleEntry,
  RoleSkill,
  RoleTechnology,
  SkillEntry,
  SourceEntry,
  TechnologyEntry,
} from '../model/entries.ts';
import type { EditionEntry, OccupationMapping, OutlookFigure, SalaryFigure } from '../model/figure-types.ts';
import type { OfficialEntry, Role, RoleOccupation } from '../model/role-types.ts';
import { present, type ReferenceLog } from './references.ts';
import type { OnetOccupation } from '../onet/types.ts';

/** Every collection by id, and the log that collects references pointing nowhere. */
export interface ResolveContext {
  log: ReferenceLog;
  roles: ReadonlyMap<string, RoleEntry>;
  sources: ReadonlyMap<string, SourceEntry>;
  families: ReadonlyMap<string, FamilyEntry>;
  skills: ReadonlyMap<string, SkillEntry>;
  technologies: ReadonlyMap<string, TechnologyEntry>;
  editions: EditionEntry[];
  /** Guides newest first: a role lists those that name it in this order. */
  guides: GuideEntry[];
  /** O*NET occupations by code (content/onet/occupations/); the content check makes every mapped code exist. */
  onetOccupations: ReadonlyMap<string, OnetOccupation>;
  /** Stands in for a family that does not exist, so resolving can go on and report every problem at once. */
  fallbackFamily: FamilyEntry;
  /** Each role's citations in reading order, by role id, read from its MDX (the content store keeps no bodies). */
  citations: ReadonlyMap<string, string[]>;
}

/** One role with every reference resolved; links to other roles are still one-way (see linkRoles). */
export function resolveRole(entry: RoleEntry, ctx: ResolveContext): Role {
  const { data, filePath } = entry;
  const { log } = ctx;
  const role = (ref: { id: string }, field: string) =>
    log.resolve(ctx.roles, ref, filePath, field, `content/roles/${ref.id}.mdx`);
  const roles = (refs: { id: string }[], field: string) =>
    refs.map((ref, i) => role(ref, `${field}[${i}]`)).filter(present);
  const figures = roleFigures(entry, ctx);
  return {
    id: entry.id,
    entry,
    citations: ctx.citations.get(entry.id) ?? [],
    family:
      log.resolve(ctx.families, data.family, filePath, 'family', `an entry "${data.family.id}" in content/families.yaml`) ??
      ctx.fallbackFamily,
    ...figures,
    sources: roleSources(entry, figures, ctx),
    occupations: occupationsOf(entry, ctx),
    nearestOccupation: nearestOccupationOf(entry, ctx),
    leadsTo: roles(data.progression.leadsTo, 'progression.leadsTo'),
    comesFrom: roles(data.progression.comesFrom, 'progression.comesFrom'),
    related: roles(data.related, 'related'),
    compareWith: roles(data.compareWith, 'compareWith'),
    skills: skillsOf(entry, ctx),
    technologies: technologiesOf(entry, ctx),
    guides: ctx.guides.filter((guide) => guide.data.roles.some((ref) => ref.id === entry.id)),
    onet: data.onetOccupations.flatMap(({ code }, i) => {
      const where = `content/onet/occupations/${code}.yaml with "npm run import:onet"`;
      const found = log.resolve(ctx.onetOccupations, { id: code }, filePath, `onetOccupations[${i}].code`, where);
      return found ? [found] : [];
    }),
    similarRoles: [],
    faqs: faqsOf(entry, figures, log),
  };
}

type RoleFigures = Pick<Role, 'salaries' | 'outlook' | 'officialEntry'>;

/** The official figures its occupation codes bring (newest edition first), then the role's own. */
function roleFigures({ data, filePath }: RoleEntry, ctx: ResolveContext): RoleFigures {
  const source = (ref: { id: string }, field: string) =>
    ctx.log.resolve(ctx.sources, ref, filePath, field, `content/sources/${ref.id}.yaml`);
  const own = <F extends { source: { id: string }; via?: { id: string } | undefined }>(
    list: 'salaries' | 'outlook',
  ): FigureSourceLookup<F> => ({
    source: (figure, i) => source(figure.source, `${list}[${i}].source`),
    via: (figure, i) => figure.via && source(figure.via, `${list}[${i}].via`),
  });
  // The page links each official figure to the page it is read from, so the edition is cited by that page.
  const official = <
    F extends { source: { id: string }; via?: { id: string } | undefined; official: { edition: string; url: string; occupationTitle: string } },
  >(): FigureSourceLookup<F> => ({
    source: (figure) =>
      officialCitation(ctx.sources.get(figure.source.id), figure.official.url, figure.official.occupationTitle),
    via: (figure) =>
      figure.via &&
      source(figure.via, `occupationCodes (quotedBy in content/statistics/${figure.official.edition}.yaml)`),
  });
  const mappings: OccupationMapping[] = data.occupationCodes;
  const fromStatistics = officialFigures(mappings, ctx.editions);
  const salaries: SalaryFigure[] = currentFirst([
    ...withSources(fromStatistics.salaries, official(), (f) => f.year),
    ...withSources(data.salaries, own('salaries'), (f) => f.year),
  ]);
  const outlook: OutlookFigure[] = currentFirst([
    ...withSources(fromStatistics.outlook, official(), (f) => f.from),
    ...withSources(data.outlook, own('outlook'), (f) => f.from),
  ]);
  const entryRequirements = officialEntry(mappings, ctx.editions).flatMap((entry): OfficialEntry[] => {
    const cited = officialCitation(ctx.sources.get(entry.source.id), entry.url, entry.occupationTitle);
    return cited ? [{ ...entry, source: cited }] : [];
  });
  return { salaries, outlook, officialEntry: entryRequirements };
}

/**
 * Listed sources first, in the editor's order, then the editions the official figures come from; an
 * edition is described by the occupation page the role's figures are read from.
 */
function roleSources({ data, filePath }: RoleEntry, figures: RoleFigures, ctx: ResolveContext): SourceEntry[] {
  const fromStatistics = new Map<string, SourceEntry>();
  for (const figure of [...figures.salaries, ...figures.outlook]) {
    if (figure.official && !fromStatistics.has(figure.source.id)) fromStatistics.set(figure.source.id, figure.source);
  }
  const listed = data.sources
    .map((ref, i) => ctx.log.resolve(ctx.sources, ref, filePath, `sources[${i}]`, `content/sources/${ref.id}.yaml`))
    .filter(present)
    .map((entry) => fromStatistics.get(entry.id) ?? entry);
  return [...listed, ...[...fromStatistics.values()].filter((e) => !listed.some((l) => l.id === e.id))];
}

function occupationsOf({ data, filePath }: RoleEntry, ctx: ResolveContext): RoleOccupation[] {
  return data.occupationCodes.flatMap(({ figuresNotAdded, ...mapping }, i): RoleOccupation[] => {
    const described = describeCode(mapping, ctx.editions);
    // An occupation whose figures the site has not added yet: named and linked, with no figures (the check warns).
    if (!described && figuresNotAdded) {
      const { title, url } = figuresNotAdded;
      return [{ ...mapping, title, profileTitle: title, url, figuresNotAdded: true }];
    }
    if (!described) {
      ctx.log.report(
        filePath,
        `occupationCodes[${i}].code`,
        `no file in content/statistics/ gives figures for ${mapping.code} — add them there, or fix the code`,
      );
      return [];
    }
    return [{ ...mapping, title: described.title, profileTitle: described.profileTitle, url: described.url }];
  });
}

function nearestOccupationOf({ data, filePath }: RoleEntry, ctx: ResolveContext): Role['nearestOccupation'] {
  if (!data.nearestOccupation) return undefined;
  const mapping = { ...data.nearestOccupation, relation: 'is' as const };
  const described = describeCode(mapping, ctx.editions);
  if (!described) {
    ctx.log.report(
      filePath,
      'nearestOccupation.code',
      `no file in content/statistics/ gives figures for ${mapping.code} — name an occupation the site holds figures for`,
    );
    return undefined;
  }
  const { system, code, note } = mapping;
  return { system, code, note, title: described.title, profileTitle: described.profileTitle, url: described.url };
}

/** The FAQs with {{salary:id}} and {{outlook:id}} filled in; a token naming no figure is reported. */
function faqsOf({ data, filePath }: RoleEntry, figures: RoleFigures, log: ReferenceLog): Role['faqs'] {
  const expand = (text: string, field: string) => {
    const expanded = expandFigureTokens(text, figures);
    for (const token of expanded.unknown) {
      log.report(filePath, field, `${token} names no figure in this role — use an id from its salaries or outlook`);
    }
    return expanded.text;
  };
  return data.faqs.map((faq, i) => ({
    question: expand(faq.question, `faqs[${i}].question`),
    answer: expand(faq.answer, `faqs[${i}].answer`),
  }));
}

function skillsOf({ data, filePath }: RoleEntry, ctx: ResolveContext): RoleSkill[] {
  return data.skills.flatMap((item, i): RoleSkill[] => {
    const where = `an entry "${item.skill.id}" in content/skills.yaml`;
    const skill = ctx.log.resolve(ctx.skills, item.skill, filePath, `skills[${i}].skill`, where);
    return skill ? [{ skill, detail: item.detail }] : [];
  });
}

function technologiesOf({ data, filePath }: RoleEntry, ctx: ResolveContext): RoleTechnology[] {
  return data.technologies.flatMap((item, i): RoleTechnology[] => {
    const where = `an entry "${item.technology.id}" in content/technologies.yaml`;
    const technology = ctx.log.resolve(ctx.technologies, item.technology, filePath, `technologies[${i}].technology`, where);
    return technology ? [{ technology, usedFor: item.usedFor }] : [];
  });
}
