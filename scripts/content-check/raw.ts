// What a file says before (or without) passing its schema: read with type guards, never cast, so a check
// that must look at a failed entry (its ids, its list items) cannot mistake a wrong value for a right one.

/** A YAML mapping: a group of fields. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** A field of a mapping, or undefined for anything else. */
export const fieldOf = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);

/** A list, or no items for anything else. */
export const itemsOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Text, or undefined for anything else. */
export const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The ids in a list of references, as written ("a") or as parsed ({ id: "a" }). */
export const idsIn = (list: unknown): string[] =>
  itemsOf(list).flatMap((item) => {
    const id = typeof item === 'string' ? item : fieldOf(item, 'id');
    return typeof id === 'string' ? [id] : [];
  });
