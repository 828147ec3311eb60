import { fitDescription } from '../page/page-text.ts';
import { technologyCategories, type TechnologyCategory } from '../../schemas/technology.ts';
import type { RoleTechnology, TechnologyEntry } from '../model/entries.ts';

/**
 * Technologies are entries in content/technologies.yaml that roles name by id. This module groups
 * them the way pages show them and finds which guides mention which technology. It is pure, so the
 * pages, the search index and the tests all derive the same lists.
 */

export interface CategoryGroup<T> {
  category: TechnologyCategory;
  label: string;
  items: T[];
}

/** Items grouped by their technology's category, in the categories' page order; empty groups are left out. */
export function byCategory<T>(items: readonly T[], technologyOf: (item: T) => TechnologyEntry): CategoryGroup<T>[] {
  return (Object.keys(technologyCategories) as TechnologyCategory[]).flatMap((category) => {
    const inCategory = items.filter((item) => technologyOf(item).data.category === category);
    return inCategory.length > 0 ? [{ category, label: technologyCategories[category], items: inCategory }] : [];
  });
}

const letterOrDigit = /[\p{L}\p{N}]/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The ways a text may write a technology's name or alias: exactly as written, and, for a name of
 * several words ("Code editor"), also with a small first letter, as it reads mid-sentence.
 * One-word names keep their capitals, so "Go", "Express" and "Spring" never match "go", "express"
 * or "spring".
 */
function spellings(term: string): string[] {
  const lowered = term.charAt(0).toLowerCase() + term.slice(1);
  return /\s/.test(term) && lowered !== term ? [term, lowered] : [term];
}

/** What a reader sees of an MDX body: no tags, component attributes, link targets or editors' notes. */
export function readableText(mdx: string): string {
  return mdx
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/`{3}[\s\S]*?`{3}/g, ' ');
}

export interface MentionFinder {
  /** The ids of the technologies a text names, by name or alias, in the order they are listed. */
  (text: string): string[];
}

/**
 * A finder for the technologies a text mentions. A mention is the name or an alias as a whole word
 * (not part of a longer word: "Java" is not found in "JavaScript", "SQL" not in "PostgreSQL"). The
 * longest names are matched first and taken out of the text, so "Apache Struts" counts as Struts and
 * not also as the Apache web server.
 */
export function mentionFinder(technologies: readonly TechnologyEntry[]): MentionFinder {
  const terms = technologies
    .flatMap((t) =>
      [t.data.name, ...t.data.aliases].flatMap((term) => spellings(term).map((text) => ({ id: t.id, text }))),
    )
    .sort((a, b) => b.text.length - a.text.length);
  const patterns = terms.map(({ id, text }) => ({
    id,
    // A whole word: no letter or digit right before or after it.
    pattern: new RegExp(`(?<!${letterOrDigit.source})${escape(text)}(?!${letterOrDigit.source})`, 'gu'),
  }));
  const order = new Map(technologies.map((t, i) => [t.id, i]));
  return (text) => {
    let rest = readableText(text);
    const found = new Set<string>();
    for (const { id, pattern } of patterns) {
      rest = rest.replace(pattern, () => {
        found.add(id);
        return ' ';
      });
    }
    return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
  };
}

/** A technology with the roles that list it and the guides that name it: what its page shows. */
export interface TechnologyUsage<R, G> {
  technology: TechnologyEntry;
  roles: { role: R; usedFor?: string | undefined }[];
  guides: G[];
}

/**
 * Every technology's users and mentions, computed in one pass over roles and guides so that the
 * cost grows with the content, not with the number of technology pages times the content.
 */
export function technologyUsage<R extends { technologies: RoleTechnology[] }, G extends { body?: string | undefined }>(
  technologies: readonly TechnologyEntry[],
  roles: readonly R[],
  guides: readonly G[],
): Map<string, TechnologyUsage<R, G>> {
  const usage = new Map(
    technologies.map((technology) => [technology.id, { technology, roles: [], guides: [] } as TechnologyUsage<R, G>]),
  );
  for (const role of roles) {
    for (const { technology, usedFor } of role.technologies) usage.get(technology.id)?.roles.push({ role, usedFor });
  }
  const find = mentionFinder(technologies);
  for (const guide of guides) {
    for (const id of find(guide.body ?? '')) usage.get(id)?.guides.push(guide);
  }
  return usage;
}

/** "A", "A and B", "A, B and C". */
export function listOfNames(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

const usersPhrase = (roles: number) =>
  roles === 0 ? 'no role lists it yet' : roles === 1 ? 'the one role that lists it' : `the ${roles} roles that list it`;
const guidesPhrase = (guides: number) =>
  guides === 0
    ? 'no guide mentions it yet'
    : guides === 1
      ? 'the one guide that mentions it'
      : `the ${guides} guides that mention it`;

/** The technology page's meta description: its name, kind, and who uses or mentions it, in 50–160 characters. */
export function technologyDescription(name: string, categoryLabel: string, roles: number, guides: number): string {
  const kind = categoryLabel.toLowerCase();
  return fitDescription(name, [
    `${name}, one of the ${kind} in our role profiles: ${usersPhrase(roles)}, with what for; ${guidesPhrase(guides)}.`,
    `${name} in our role profiles: ${usersPhrase(roles)}; ${guidesPhrase(guides)}.`,
    `${name}: ${usersPhrase(roles)}; ${guidesPhrase(guides)}.`,
  ]);
}
