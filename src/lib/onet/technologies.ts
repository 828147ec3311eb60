import type { OnetOccupation } from './types.ts';

/** An editorial technology as content/technologies.yaml writes it. */
export interface EditorialTechnology {
  id: string;
  name: string;
  aliases?: readonly string[];
  category: string;
}

/** One technology on a role's page: O*NET's entry, the site's entry, or both merged. */
export interface MergedTechnology {
  /** The site's name when it has an entry, otherwise O*NET's. */
  name: string;
  /** The id in content/technologies.yaml, when the site has an entry (its page links there). */
  technologyId?: string;
  /** O*NET's names that were merged into this entry ("Oracle Java"). */
  onetExamples: string[];
  hot: boolean;
  inDemand: boolean;
  /** Listed by the role's own sources (its `technologies` field). */
  editorial: boolean;
}

export interface TechnologyGroup {
  /** O*NET's category (UNSPSC commodity title); editorial-only entries use the site's category id. */
  category: string;
  fromOnet: boolean;
  technologies: MergedTechnology[];
}

const vendors = /^(microsoft|oracle|google|amazon|ibm|atlassian|apple|adobe)\s+/i;
const normal = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9#+.]+/g, ' ')
    .trim();

/**
 * The names an O*NET example may be written as elsewhere: itself, without "software", without a
 * vendor ("Oracle Java" → "Java"), and O*NET's "Long Name ABBR" pattern split in two
 * ("Hypertext markup language HTML" → "HTML", "Hypertext markup language").
 */
export function namesOf(example: string): string[] {
  const base = example.replace(/\s+software$/i, '');
  const names = [example, base, base.replace(vendors, '')];
  const abbreviation = /^(.+?)\s+([A-Z][A-Z0-9]+)$/.exec(base);
  if (abbreviation) names.push(abbreviation[1]!, abbreviation[2]!, abbreviation[1]!.replace(vendors, ''));
  return [...new Set(names.map(normal))];
}

type Matcher = (example: string) => EditorialTechnology | undefined;

// Every role's page, chart and open data match the same few thousand O*NET names against the same catalogue:
// matching each name once per catalogue took a 1,000-role build's 4 s of name normalising down to a lookup.
const matchers = new WeakMap<readonly EditorialTechnology[], Matcher>();

/** The site's entry an O*NET example names, by the entry's name or aliases (see namesOf), if any. */
export function technologyMatcher(catalogue: readonly EditorialTechnology[]): Matcher {
  const known = matchers.get(catalogue);
  if (known) return known;
  const byName = new Map<string, EditorialTechnology>();
  for (const entry of catalogue)
    for (const name of [entry.name, ...(entry.aliases ?? [])]) byName.set(normal(name), entry);
  const matched = new Map<string, EditorialTechnology | undefined>();
  const matcher: Matcher = (example) => {
    if (matched.has(example)) return matched.get(example);
    const entry = namesOf(example)
      .map((n) => byName.get(n))
      .find(Boolean);
    matched.set(example, entry);
    return entry;
  };
  matchers.set(catalogue, matcher);
  return matcher;
}

const rank = (t: MergedTechnology) => (t.hot && t.inDemand ? 0 : t.hot || t.inDemand ? 1 : 2);
const byFlagsThenName = (a: MergedTechnology, b: MergedTechnology) => rank(a) - rank(b) || a.name.localeCompare(b.name);

/**
 * O*NET's technologies for an occupation merged with the role's editorial entries into one entry per
 * technology (an O*NET example matching a site entry's name or alias becomes that entry: never two
 * for PostgreSQL), grouped by O*NET's category, Hot and In-demand first in each group, and groups with
 * more flagged entries first. Editorial entries O*NET does not list keep their site category.
 */
export function mergedTechnologies(
  occupation: Pick<OnetOccupation, 'technologies'>,
  catalogue: readonly EditorialTechnology[],
  roleTechnologyIds: readonly string[],
): TechnologyGroup[] {
  const siteEntryOf = technologyMatcher(catalogue);
  const merged = new Map<string, MergedTechnology & { category: string; fromOnet: boolean }>();
  for (const t of occupation.technologies) {
    const entry = siteEntryOf(t.example);
    const key = entry ? `id:${entry.id}` : `onet:${t.example}`;
    const existing = merged.get(key);
    if (existing) {
      existing.onetExamples.push(t.example);
      existing.hot ||= t.hot;
      existing.inDemand ||= t.inDemand;
      continue;
    }
    merged.set(key, {
      name: entry?.name ?? t.example,
      ...(entry ? { technologyId: entry.id } : {}),
      onetExamples: [t.example],
      hot: t.hot,
      inDemand: t.inDemand,
      editorial: entry !== undefined && roleTechnologyIds.includes(entry.id),
      category: t.commodityTitle,
      fromOnet: true,
    });
  }
  for (const id of roleTechnologyIds) {
    const entry = catalogue.find((e) => e.id === id);
    if (!entry || merged.has(`id:${id}`)) continue;
    merged.set(`id:${id}`, {
      name: entry.name,
      technologyId: id,
      onetExamples: [],
      hot: false,
      inDemand: false,
      editorial: true,
      category: entry.category,
      fromOnet: false,
    });
  }
  const groups = new Map<string, TechnologyGroup>();
  for (const { category, fromOnet, ...technology } of merged.values()) {
    const key = `${fromOnet}|${category}`;
    if (!groups.has(key)) groups.set(key, { category, fromOnet, technologies: [] });
    groups.get(key)!.technologies.push(technology);
  }
  const flagged = (g: TechnologyGroup) => g.technologies.filter((t) => t.hot || t.inDemand).length;
  return [...groups.values()]
    .map((g) => ({ ...g, technologies: g.technologies.sort(byFlagsThenName) }))
    .sort(
      (a, b) =>
        Number(b.fromOnet) - Number(a.fromOnet) || flagged(b) - flagged(a) || a.category.localeCompare(b.category),
    );
}
