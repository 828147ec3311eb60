/**
 * "Exact name first": when what the reader typed is a role's title or one of its
 * other names (aliases), that role leads the results, whatever Pagefind's scores say.
 * Pagefind rewards every name that contains the query words ("Senior backend engineer"
 * for "backend engineer"); this puts the exact name ahead of the near ones.
 */

/** Lowercase letters and digits only: "Back-end developer" and "backend  Developer" compare equal. */
export function normalizeName(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** True when `query` is exactly one of the names in `names` ("Back-end developer; Backend engineer"). */
export function isExactName(names: string | undefined, query: string): boolean {
  const wanted = normalizeName(query);
  if (!names || wanted === '') return false;
  return names.split(';').some((name) => normalizeName(name) === wanted);
}

/** Stable: exact-name matches first, in their original order, then the rest. */
export function exactNameFirst<T>(items: readonly T[], query: string, namesOf: (item: T) => string | undefined): T[] {
  const exact = items.filter((item) => isExactName(namesOf(item), query));
  return exact.length === 0 ? [...items] : [...exact, ...items.filter((item) => !exact.includes(item))];
}

/**
 * Exact names in two tiers: a role's own title or alias first, then one of the alternate titles O*NET gives
 * its occupation ("Also called"), then the rest, each tier in Pagefind's order.
 */
export function exactNamesFirst<T extends { meta: { names?: string | undefined; alsoCalled?: string | undefined } }>(
  items: readonly T[],
  query: string,
): T[] {
  return exactNameFirst(
    exactNameFirst(items, query, (d) => d.meta.alsoCalled),
    query,
    (d) => d.meta.names,
  );
}
