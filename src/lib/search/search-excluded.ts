/**
 * Elements search never indexes, named by selector because they repeat on every page or many times in
 * one (the pagefind integration passes them to Pagefind): a citation's note number, the "Back to
 * contents" link closing each section. One-off blocks carry data-pagefind-ignore where they are written.
 */
export const searchExcluded = ['a.note', 'p.to-contents'] as const;
