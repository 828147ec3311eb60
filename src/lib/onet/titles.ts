import type { OnetOccupation } from './types.ts';

/** "DevOps Engineer (Development Operations Engineer)" → "DevOps Engineer": the name people type. */
const plain = (title: { title: string; shortTitle?: string | undefined }) =>
  title.shortTitle ?? title.title.replace(/\s*\([^)]*\)\s*$/, '').trim();

/** Every title and short title, once each (case aside): what search should find the role by. */
export function searchTitles(occupation: OnetOccupation): string[] {
  const seen = new Map<string, string>();
  for (const t of occupation.alternateTitles)
    for (const name of [t.title, t.shortTitle, plain(t)])
      if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  return [...seen.values()];
}

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);

/**
 * A short "Also called" list for a role's page: plain names, those sharing the most telling words with
 * the role's title first (a word few titles use, like "DevOps", counts more than "Engineer"), then the
 * shortest; never the role's or the occupation's own title.
 */
export function pageTitles(occupation: OnetOccupation, roleTitle: string, limit = 8): string[] {
  const own = words(roleTitle);
  const excluded = new Set([roleTitle.toLowerCase(), occupation.title.toLowerCase()]);
  const names = [...new Set(occupation.alternateTitles.map(plain))].filter((n) => !excluded.has(n.toLowerCase()));
  const uses = new Map<string, number>();
  for (const name of names) for (const w of words(name)) uses.set(w, (uses.get(w) ?? 0) + 1);
  const score = (name: string) =>
    [...words(name)].filter((w) => own.has(w)).reduce((sum, w) => sum + 1 / uses.get(w)!, 0);
  return names
    .map((name) => ({ name, score: score(name) }))
    .sort((a, b) => b.score - a.score || a.name.length - b.name.length || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ name }) => name);
}
