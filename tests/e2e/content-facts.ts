/**
 * What the content says, read straight from content/: the search tests compare what
 * the built site shows against these, so no title, alias or count is typed twice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const root = new URL('../../content/', import.meta.url);

interface Page<T> {
  id: string;
  data: T;
  /** The MDX below the frontmatter. */
  body: string;
}

export interface RoleData {
  title: string;
  aliases?: string[];
  summary: string;
  family: string;
  related?: string[];
  technologies?: { technology: string; usedFor?: string }[];
  salaries?: { region: string }[];
}

export interface GuideData {
  title: string;
  description: string;
  author: string;
  /** Role ids, as written. */
  roles?: string[];
  tags?: string[];
  draft?: boolean;
}

function read<T>(folder: string): Page<T>[] {
  const dir = new URL(`${folder}/`, root);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`content/${folder}/${file}: no frontmatter`);
      return { id: file.replace(/\.mdx$/, ''), data: parse(match[1]!) as T, body: match[2]! };
    });
}

export const roles = read<RoleData>('roles');
export const guides = read<GuideData>('guides').filter((guide) => !guide.data.draft);
export const families = parse(readFileSync(new URL('families.yaml', root), 'utf8')) as { id: string; name: string }[];

export function role(id: string): Page<RoleData> {
  const found = roles.find((r) => r.id === id);
  if (!found) throw new Error(`content/roles/${id}.mdx is missing`);
  return found;
}

/** Every entry of content/technologies.yaml: roles name them by id, pages and the search filter by name. */
export const technologies = parse(readFileSync(new URL('technologies.yaml', root), 'utf8')) as {
  id: string;
  name: string;
}[];

/** The names of the technologies a role lists, as the search filter and the page show them. */
export const technologiesOf = (r: Page<RoleData>) =>
  (r.data.technologies ?? []).map(({ technology }) => {
    const found = technologies.find((t) => t.id === technology);
    if (!found)
      throw new Error(`content/roles/${r.id}.mdx names technology "${technology}", which technologies.yaml lacks`);
    return found.name;
  });

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** Region codes as the site names them ("US" → "United States"), like src/lib/figures/figure-format.ts. */
export function regionsOf(r: Page<RoleData>): string[] {
  return [
    ...new Set(
      (r.data.salaries ?? []).map(({ region }) => {
        const [country, subdivision] = region.split('-');
        const name = regionNames.of(country!) ?? region;
        return subdivision ? `${name} (${subdivision})` : name;
      }),
    ),
  ];
}
