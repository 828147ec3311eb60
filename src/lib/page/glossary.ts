/**
 * The site's plain-words glossary: each term a reader may not know, explained once in the site's own
 * words. The /glossary/ page lists them; pages link a term's first use to its entry (src/components/Term.astro);
 * src/lib/glossary-url.ts gives an entry's address.
 */
export interface GlossaryEntry {
  /** The entry's anchor on /glossary/. */
  id: string;
  term: string;
  /** What it means, in a sentence or two. */
  meaning: string;
}

export const glossary = [
  {
    id: 'occupation-code',
    term: 'Occupation code',
    meaning:
      'A number that official statistics give to a group of similar jobs, such as 15-1252 in the US Standard Occupational Classification (SOC). Every pay or outlook figure from a statistics office is counted for one of these groups, never for a job title.',
  },
  {
    id: 'counted-under',
    term: 'Counted under',
    meaning:
      'Statistics offices have no code for many job titles. A role is counted under an occupation when the office files people doing it in that wider group, so the group’s figures cover this role along with other jobs.',
  },
  {
    id: 'median',
    term: 'Median',
    meaning:
      'The middle value: half the workers counted earn more and half earn less. A few very high salaries move it far less than they move an average.',
  },
  {
    id: 'superseded',
    term: 'Superseded',
    meaning:
      'Replaced by a newer edition of the same figure. The older number stays on the page, marked and faded, so a reader can see how it changed, but it is never the one a page leads with.',
  },
  {
    id: 'context-figure',
    term: 'Context figure',
    meaning:
      'A figure for a neighbouring occupation shown beside a role’s own figures to give a sense of scale, for example the other half of an official profile that combines two occupations. It is not this role’s pay and is drawn hollow in charts.',
  },
  {
    id: 'job-zone',
    term: 'Job zone',
    meaning:
      'O*NET groups occupations by how much preparation they usually take. In its 30.2 release the zones run from 1–2 (very little to some preparation) through 3 and 4 to 5 (extensive preparation), as its Job Zone Reference file lists them.',
  },
] as const satisfies readonly GlossaryEntry[];

export type GlossaryTerm = (typeof glossary)[number]['id'];

/** Phrases in generated text that name a glossary term, and the entry each links to. */
const phrases: [RegExp, GlossaryTerm][] = [
  [/counted under/, 'counted-under'],
  [/superseded/, 'superseded'],
  [/context figure/, 'context-figure'],
];

/** A text cut where it names a glossary term: plain parts, and parts that link to the term's entry. */
export function termSegments(text: string): { text: string; term?: GlossaryTerm }[] {
  for (const [pattern, term] of phrases) {
    const match = pattern.exec(text);
    if (!match) continue;
    const end = match.index + match[0].length;
    return [
      ...(match.index > 0 ? [{ text: text.slice(0, match.index) }] : []),
      { text: match[0], term },
      ...(end < text.length ? termSegments(text.slice(end)) : []),
    ];
  }
  return [{ text }];
}
