/** The collections of content/ a change can touch, as the change log names them. */
export const changedCollections = ['roles', 'statistics', 'sources', 'guides', 'families'] as const;
export type ChangedCollection = (typeof changedCollections)[number];

export interface ChangeLogEntry {
  /** The day (YYYY-MM-DD). */
  date: string;
  /** The ids of what changed that day, by collection, sorted; families.yaml is the one id "families". */
  changed: Record<ChangedCollection, string[]>;
}

/** "content/roles/cto.mdx" → ["roles", "cto"]; undefined for a file no collection reads. */
function collectionOf(file: string): [ChangedCollection, string] | undefined {
  if (file === 'content/families.yaml') return ['families', 'families'];
  const match =
    /^content\/(roles|guides)\/([^/]+)\.mdx$/.exec(file) ?? /^content\/(statistics|sources)\/([^/]+)\.yaml$/.exec(file);
  return match ? [match[1] as ChangedCollection, match[2]!] : undefined;
}

/**
 * The site's change log from the history of content/ (file → days it changed, as
 * src/lib/io/git-history.ts reads it): one entry per day, newest first, naming what changed. It comes
 * from the repository, not the clock, so two builds of one commit write the same log.
 */
export function changeLog(history: Map<string, string[]>): ChangeLogEntry[] {
  const byDate = new Map<string, ChangeLogEntry>();
  for (const [file, dates] of history) {
    const found = collectionOf(file);
    if (!found) continue;
    const [collection, id] = found;
    for (const date of dates) {
      let entry = byDate.get(date);
      if (!entry) {
        entry = {
          date,
          changed: Object.fromEntries(changedCollections.map((c) => [c, [] as string[]])) as ChangeLogEntry['changed'],
        };
        byDate.set(date, entry);
      }
      if (!entry.changed[collection].includes(id)) entry.changed[collection].push(id);
    }
  }
  const entries = [...byDate.values()].sort((a, b) => b.date.localeCompare(a.date));
  for (const entry of entries) for (const ids of Object.values(entry.changed)) ids.sort();
  return entries;
}
