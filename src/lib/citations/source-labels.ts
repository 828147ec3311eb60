import type { SourceEntry } from '../model/entries.ts';
import type { StatisticsEdition } from '../model/figure-types.ts';

/** An edition of official statistics as a citable source: "Occupational Outlook Handbook, 2023–33 edition". */
export function editionSource(id: string, edition: StatisticsEdition): SourceEntry {
  return {
    id,
    data: {
      publisher: edition.publisher,
      shortName: edition.shortName,
      title: `${edition.dataset}, ${edition.edition} edition`,
      url: edition.url,
      dataYear: edition.wages.year,
      kind: 'official-statistics',
      note: edition.note,
    },
  };
}

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
