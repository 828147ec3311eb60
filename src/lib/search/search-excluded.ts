/**
 * Elements search never indexes, named by selector because they repeat on every page or many times in
 * one (build-search-index.ts passes them to Pagefind):
 * - a citation's note number, and the "Back to contents" link closing each section;
 * - the tables of figures (pay, outlook). Their rows repeat the same level, region, year and source
 *   words on every role with figures, so a search for a region or a source's name matched all of them
 *   alike; and at 1,000 roles they cost Pagefind about 200 MB while it builds the index. The prose
 *   around a table, the region filter and each role result's headline pay still carry the figures.
 * One-off blocks carry data-pagefind-ignore where they are written.
 */
export const searchExcluded = ['a.note', 'p.to-contents', 'table.figure-table'] as const;
