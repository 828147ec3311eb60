import type { SourceEntry } from './site-data.ts';

/** "(BLS, 2023)" — the short inline form of a citation. */
export function citationLabel(source: SourceEntry): string {
  const name = source.data.shortName ?? source.data.publisher;
  return source.data.dataYear === 'undated' ? `${name}, undated` : `${name}, ${source.data.dataYear}`;
}

/** Every source id `<Cite source="…" />` names in an MDX body, in reading order, repeats included. */
export function citationSequence(body: string | undefined): string[] {
  return [...(body ?? '').matchAll(/<Cite\s+source=["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** The ids that `<Cite source="…" />` names in an MDX body, in order of first appearance. */
export function citedSourceIds(body: string | undefined): string[] {
  return [...new Set(citationSequence(body))];
}
