import type { OnetRelease } from './types.ts';

/**
 * The lines O*NET's licence asks for wherever its data are shown: its credit, in its own words, and —
 * because the site selects, rounds and merges the data — the notice that it was modified. Both come from
 * content/onet/release.yaml, the one place the text is kept.
 */
export function creditLines(release: OnetRelease, siteName: string): { credit: string; modified: string } {
  return { credit: release.credit, modified: release.modifiedNotice.replaceAll('{site}', siteName) };
}
