/**
 * Numbered notes, as reference works print them: each source gets a number the first time a page cites
 * it and keeps it for every later citation; the page's source list is in that order and links back to
 * each place the source is cited. One function numbers both the markers in the text (through the MDX
 * plugin in src/integrations/citation-notes.ts) and the list, so the two cannot disagree.
 */

/** One `<Cite>` in the text: which note it points to, and the id the list links back to. */
export interface CitationMark {
  source: string;
  number: number;
  /** The marker's own id ("cite-3-b": the second citation of note 3). */
  id: string;
}

/** One entry of the source list. */
export interface SourceNote {
  source: string;
  number: number;
  /** The ids of the markers that cite it, in reading order; empty for a source only figures use. */
  citedAt: string[];
}

/** "a", "b", … "z", "aa", "ab": the letters of back links, as Wikipedia writes them. */
export function backlinkLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`no back link letter for ${index}`);
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(97 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Numbers a page's citations. `sequence` is every cited source id in reading order, repeats included;
 * `alsoListed` are sources the page lists without citing them in the text (a role's figures cite their
 * sources in the tables): they follow the cited ones, in their own order.
 */
export function numberCitations(
  sequence: readonly string[],
  alsoListed: readonly string[] = [],
): { marks: CitationMark[]; notes: SourceNote[] } {
  const notes = new Map<string, SourceNote>();
  const marks = sequence.map((source): CitationMark => {
    let note = notes.get(source);
    if (!note) {
      note = { source, number: notes.size + 1, citedAt: [] };
      notes.set(source, note);
    }
    const id = `cite-${note.number}-${backlinkLetter(note.citedAt.length)}`;
    note.citedAt.push(id);
    return { source, number: note.number, id };
  });
  for (const source of alsoListed) {
    if (!notes.has(source)) notes.set(source, { source, number: notes.size + 1, citedAt: [] });
  }
  return { marks, notes: [...notes.values()] };
}
