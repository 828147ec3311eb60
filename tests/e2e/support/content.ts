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
  duties?: string[];
  problems?: string[];
  skills?: { technical?: string[]; soft?: string[] };
  technologies?: Record<string, string[] | undefined>;
  education?: { typical?: string; routes?: { kind: string; description: string }[]; certifications?: string[] };
  workEnvironment?: {
    setting?: string;
    remote?: string;
    hours?: string;
    colleagues?: string[];
    equipment?: string[];
  };
  salaries?: SalaryFigure[];
  outlook?: OutlookFigure[];
  occupationCodes?: { code: string }[];
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

// YAML's core schema leaves 2026-11-23 as a string, so dates compare as text.
function frontmatter<T>(path: string): T {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  if (!match) throw new Error(`${path} has no frontmatter`);
  return parse(match[1]!) as T;
}

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

export const sourceIds = (): string[] => ids('sources', '.yaml');

export const source = (id: string): SourceData =>
  parse(readFileSync(join(contentDir, 'sources', `${id}.yaml`), 'utf8')) as SourceData;

export const families = (): FamilyData[] =>
  parse(readFileSync(join(contentDir, 'families.yaml'), 'utf8')) as FamilyData[];
