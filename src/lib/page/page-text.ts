/**
 * Words for pages written from data (technology and compare pages): role titles inside a sentence,
 * and meta descriptions that must stay within 50–160 characters whatever the names' lengths.
 */

/**
 * A sentence-case title as it reads mid-sentence: "Back-end developer" → "back-end developer", while
 * a first word with other capitals ("DevOps engineer", "CTO", "IT director") keeps them.
 */
export function inSentence(title: string): string {
  const [first = ''] = title.split(/\s/);
  return /[A-Z]/.test(first.slice(1)) ? title : title.charAt(0).toLowerCase() + title.slice(1);
}

/**
 * "a DevOps engineer", "an engineering manager", "an IT director", "a CTO". A leading acronym is
 * read letter by letter, so the article follows how its first letter sounds.
 */
export function withArticle(title: string): string {
  const words = inSentence(title);
  const first = words.split(/\s/)[0] ?? '';
  const acronym = first.length > 1 && first === first.toUpperCase();
  const vowelSound = acronym ? /^[AEFHILMNORSX]/.test(first) : /^[aeiou]/i.test(first);
  return `${vowelSound ? 'an' : 'a'} ${words}`;
}

export const descriptionLength = { min: 50, max: 160 } as const;

/**
 * The first candidate that fits a meta description (50–160 characters), longest wording first; an
 * error naming the page when none does, so the build stops instead of publishing a cut sentence.
 */
export function fitDescription(page: string, candidates: readonly string[]): string {
  const fits = candidates.find(
    (text) => [...text].length >= descriptionLength.min && [...text].length <= descriptionLength.max,
  );
  if (fits === undefined)
    throw new Error(
      `${page}: no description of 50–160 characters could be written (${candidates.map((c) => [...c].length).join(', ')} characters) — shorten the names it is built from`,
    );
  return fits;
}

/** "1 role", "3 roles". */
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
