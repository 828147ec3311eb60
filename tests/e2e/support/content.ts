// The typed content, read straight from content/: the tests' source of truth for what pages must show.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

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
}

export interface OutlookFigure {
  id: string;
  from: number | 'undated';
  to?: number;
  source: string;
  supersededBy?: string;
}

export interface RoleData {
  title: string;
  family: string;
  salaries?: SalaryFigure[];
  outlook?: OutlookFigure[];
  faqs?: { question: string; answer: string }[];
  progression?: { leadsTo?: string[]; comesFrom?: string[] };
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

// YAML's core schema leaves 2026-11-23 as a string, so dates compare as text.
function frontmatter<T>(path: string): T {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  if (!match) throw new Error(`${path} has no frontmatter`);
  return parse(match[1]!) as T;
}

const ids = (folder: string, ext: string) =>
  readdirSync(join(contentDir, folder))
    .filter((name) => name.endsWith(ext))
    .map((name) => name.slice(0, -ext.length))
    .sort();

export const roleIds = (): string[] => ids('roles', '.mdx');

export const role = (id: string): RoleData => frontmatter<RoleData>(join(contentDir, 'roles', `${id}.mdx`));

/** Guides the production build publishes (drafts are left out). */
export const guideIds = (): string[] => ids('guides', '.mdx').filter((id) => guide(id).draft !== true);

export const guide = (id: string): GuideData => frontmatter<GuideData>(join(contentDir, 'guides', `${id}.mdx`));

export const sourceIds = (): string[] => ids('sources', '.yaml');

export const source = (id: string): SourceData =>
  parse(readFileSync(join(contentDir, 'sources', `${id}.yaml`), 'utf8')) as SourceData;

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
