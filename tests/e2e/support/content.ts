// The typed content, read straight from content/: the tests' source of truth for what pages must show.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { currentFirst } from '../../../src/lib/figures/figure-order.ts';
import { officialFigures } from '../../../src/lib/figures/official-figures.ts';
import type { EditionEntry, OccupationMapping } from '../../../src/lib/model/figure-types.ts';

const contentDir = join(process.cwd(), 'content');

export interface SalaryFigure {
  id: string;
  region: string;
  currency: string;
  period: 'year' | 'month' | 'hour';
  level: string;
  statistic: string;
  amount?: number;
  min?: number;
  max?: number;
  year: number | 'undated';
  source: string;
  via?: string;
  supersededBy?: string;
  /** An official figure shown for context only (not this role's pay). */
  context?: true;
  basis?: 'gross' | 'net';
  /** For a figure from content/statistics/: its edition and which statistic it is. */
  official?: { edition: string; statistic: string; occupation: string };
}

export interface OutlookFigure {
  id: string;
  metric: string;
  region: string;
  from: number | 'undated';
  to?: number;
  source: string;
  supersededBy?: string;
  official?: { edition: string; statistic: string; occupation: string };
}

export interface RoleData {
  title: string;
  family: string;
  duties?: string[];
  problems?: string[];
  education?: { typical?: string; routes?: { kind: string; description: string }[]; certifications?: string[] };
  workEnvironment?: {
    setting?: string;
    remote?: string;
    hours?: string;
    colleagues?: string[];
    equipment?: string[];
  };
  summary: string;
  compareWith?: string[];
  skills?: { skill: string; detail?: string }[];
  technologies?: { technology: string; usedFor?: string }[];
  salaries?: SalaryFigure[];
  outlook?: OutlookFigure[];
  occupationCodes?: OccupationMapping[];
  progression?: { leadsTo?: string[]; comesFrom?: string[] };
  related?: string[];
  faqs?: { question: string; answer: string }[];
  sources: string[];
}

export interface GuideData {
  title: string;
  published: string;
  updated?: string;
  draft?: boolean;
}

export interface SourceData {
  publisher: string;
  shortName?: string;
  title: string;
  dataYear: number | 'undated';
}

export interface FamilyData {
  id: string;
  name: string;
}

/**
 * Each file is parsed once per test process: specs ask for the same roles many times while Playwright
 * loads them (a loop over roles inside a loop over roles), and content does not change during a run.
 * Treat what these return as read-only.
 */
function once<T>(read: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, read(key));
    return cache.get(key)!;
  };
}

// YAML's core schema leaves 2026-11-23 as a string, so dates compare as text.
const frontmatterOf = once((path) => {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  if (!match) throw new Error(`${path} has no frontmatter`);
  return parse(match[1]!) as unknown;
});
const frontmatter = <T>(path: string): T => frontmatterOf(path) as T;

/** The MDX below the frontmatter. */
function body(path: string): string {
  return readFileSync(path, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}

const ids = (folder: string, ext: string) =>
  readdirSync(join(contentDir, folder))
    .filter((name) => name.endsWith(ext))
    .map((name) => name.slice(0, -ext.length))
    .sort();

export const roleIds = (): string[] => ids('roles', '.mdx');

export const role = (id: string): RoleData => frontmatter<RoleData>(join(contentDir, 'roles', `${id}.mdx`));

export const roleBody = (id: string): string => body(join(contentDir, 'roles', `${id}.mdx`));

export const guideBody = (id: string): string => body(join(contentDir, 'guides', `${id}.mdx`));

/** How many <Cite> the text carries: one numbered marker each on the page. */
export const citationCount = (mdx: string): number => (mdx.match(/<Cite\s+source=/g) ?? []).length;

/** Guides the production build publishes (drafts are left out). */
export const guideIds = (): string[] => ids('guides', '.mdx').filter((id) => guide(id).draft !== true);

export const guide = (id: string): GuideData => frontmatter<GuideData>(join(contentDir, 'guides', `${id}.mdx`));

export const statisticsIds = (): string[] => ids('statistics', '.yaml');

/** Every edition in content/statistics/, references as the site resolves them ({ id }). */
export const editions = (): EditionEntry[] => allEditions('');
const allEditions = once((): EditionEntry[] =>
  statisticsIds().map((id) => {
    const data = parse(readFileSync(join(contentDir, 'statistics', `${id}.yaml`), 'utf8'));
    for (const occupation of data.occupations) {
      occupation.quotedBy = (occupation.quotedBy ?? []).map((ref: string) => ({ id: ref }));
      if (occupation.pay) occupation.pay.occupations ??= [];
    }
    return { id, data };
  }),
);

/**
 * Every figure a role page shows: the official ones its codes pull from content/statistics/ (derived
 * by the site's own function, whose rules have unit tests of their own), then those in its frontmatter.
 */
export const figuresOf = (id: string): { salaries: SalaryFigure[]; outlook: OutlookFigure[] } => figuresOnce(id);
const figuresOnce = once((id) => {
  const data = role(id);
  const official = officialFigures(data.occupationCodes ?? [], editions());
  const plain = <F extends { source: { id: string }; via?: { id: string } | undefined }>(f: F) => ({
    ...f,
    source: f.source.id,
    via: f.via?.id,
  });
  // In page order: the current figures, then those a newer one replaces (src/lib/figures/figure-order.ts).
  return {
    salaries: currentFirst([...official.salaries.map(plain), ...(data.salaries ?? [])] as SalaryFigure[]),
    outlook: currentFirst([...official.outlook.map(plain), ...(data.outlook ?? [])] as OutlookFigure[]),
  };
});

/** Files in content/sources/ and editions in content/statistics/: what a figure or <Cite> can name. */
export const sourceIds = (): string[] => [...ids('sources', '.yaml'), ...statisticsIds()];

export const source = (id: string): SourceData => {
  if (statisticsIds().includes(id)) {
    const data = parse(readFileSync(join(contentDir, 'statistics', `${id}.yaml`), 'utf8'));
    return {
      publisher: data.publisher,
      shortName: data.shortName,
      title: `${data.dataset}, ${data.edition} edition`,
      dataYear: data.wages.year,
    };
  }
  return parse(readFileSync(join(contentDir, 'sources', `${id}.yaml`), 'utf8')) as SourceData;
};

export const families = (): FamilyData[] =>
  parse(readFileSync(join(contentDir, 'families.yaml'), 'utf8')) as FamilyData[];

/**
 * The progression graph as pages show it: a step written on either role (leadsTo on the earlier one,
 * comesFrom on the later) joins both.
 */
export function steps(): { leadsTo: Map<string, Set<string>>; comesFrom: Map<string, Set<string>> } {
  const leadsTo = new Map(roleIds().map((id) => [id, new Set<string>()]));
  const comesFrom = new Map(roleIds().map((id) => [id, new Set<string>()]));
  for (const id of roleIds()) {
    const { progression } = role(id);
    for (const next of progression?.leadsTo ?? []) {
      leadsTo.get(id)!.add(next);
      comesFrom.get(next)!.add(id);
    }
    for (const previous of progression?.comesFrom ?? []) {
      comesFrom.get(id)!.add(previous);
      leadsTo.get(previous)!.add(id);
    }
  }
  return { leadsTo, comesFrom };
}

export interface TechnologyData {
  id: string;
  name: string;
  category: string;
  aliases?: string[];
  website?: string;
}

export const technologies = (): TechnologyData[] =>
  parse(readFileSync(join(contentDir, 'technologies.yaml'), 'utf8')) as TechnologyData[];

export interface SkillData {
  id: string;
  name: string;
  kind: 'technical' | 'personal';
  broader?: string;
}

export const skills = (): SkillData[] => parse(readFileSync(join(contentDir, 'skills.yaml'), 'utf8')) as SkillData[];

/** The skill ids a skill is part of, read from its `broader` chain. */
export function widerThan(id: string): string[] {
  const byId = new Map(skills().map((s) => [s.id, s]));
  const chain: string[] = [];
  for (let next = byId.get(id)?.broader; next && !chain.includes(next); next = byId.get(next)?.broader)
    chain.push(next);
  return chain;
}

/**
 * Every pair of roles that should have a compare page, worked out here from the links each role
 * writes (progression in either direction, related, compareWith), each pair as [first, second] by id.
 */
export function linkedPairs(): [string, string][] {
  const ids = new Set(roleIds());
  const pairs = new Set<string>();
  for (const id of ids) {
    const data = role(id);
    const others = [
      ...(data.progression?.leadsTo ?? []),
      ...(data.progression?.comesFrom ?? []),
      ...(data.related ?? []),
      ...(data.compareWith ?? []),
    ];
    for (const other of others) if (other !== id && ids.has(other)) pairs.add([id, other].sort().join(' '));
  }
  return [...pairs].sort().map((pair) => pair.split(' ') as [string, string]);
}

/**
 * The linked pairs compare-page browser tests visit: every pair with a sampled role on either side would
 * still be most of them, so the pairs of the first two sampled roles (the most and the fewest pay figures,
 * so like-for-like tables and their absence), plus the first and last pair by name. Tests that read files
 * cover every pair.
 */
export function sampledPairs(): [string, string][] {
  const all = linkedPairs();
  const [most, fewest] = sampledRoleIds();
  const picked = all.filter(([a, b]) => [most, fewest].includes(a) || [most, fewest].includes(b));
  const spread = all.filter((_, i) => i % 10 === 0);
  const keep = new Set([...picked.slice(0, 6), ...spread, all[0], all.at(-1)].map((p) => p?.join(' ')));
  return all.filter((pair) => keep.has(pair.join(' ')));
}

/**
 * The roles per-role browser tests visit. Every role page comes from one layout, so a sample covers its
 * states: the most and the fewest pay figures, a role counted under a broader occupation, one no official
 * statistic counts, the most linked, and the first and last by id. Tests that read files or loop inside
 * one visit still cover every role; this keeps CI's browser time from growing with each profile.
 */
export function sampledRoleIds(): string[] {
  const all = roleIds();
  const pay = (id: string) => figuresOf(id).salaries.length;
  const links = (id: string) =>
    (role(id).progression?.leadsTo?.length ?? 0) +
    (role(id).progression?.comesFrom?.length ?? 0) +
    (role(id).related?.length ?? 0);
  const most = <T>(list: T[], score: (t: T) => number) => list.reduce((a, b) => (score(b) > score(a) ? b : a));
  const picks = [
    most(all, pay),
    most(all, (id) => -pay(id)),
    all.find((id) => (role(id).occupationCodes ?? []).some((c) => c.relation === 'counted-under')),
    all.find((id) => (role(id).occupationCodes ?? []).length === 0),
    most(all, links),
    all[0],
    all.at(-1),
  ];
  return [...new Set(picks.filter((id): id is string => id !== undefined))].sort();
}

/** The pages, with role pages only for the sampled roles (see sampledRoleIds). */
export function withSampledRoles<T extends { path: string }>(pages: readonly T[]): T[] {
  const keep = new Set(sampledRoleIds());
  return pages.filter((page) => {
    const id = /\/roles\/([^/]+)\/$/.exec(page.path)?.[1];
    return id === undefined || keep.has(id);
  });
}
