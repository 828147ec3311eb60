import type { ContentFile } from './load.ts';
import { validOf, type ParsedContent } from './parsed.ts';
import type { Problem } from './problems.ts';

/**
 * A list entry written twice is published twice: a duplicated FAQ question appears twice on the page and in its FAQ
 * structured data, a duplicated duty or alias twice in the profile and its Occupation data, a duplicated source twice
 * in the sources list. Entries compare without regard to capitals and spacing ("What does it pay?" and "what does
 * it  pay ?" are one question).
 */
interface DuplicateList {
  field: string;
  label: string;
  /** Each entry's text, in file order. */
  texts: readonly string[];
  /** The path of entry `index` inside the file, for its line. */
  path: (index: number) => (string | number)[];
}

/** Capitals, spacing and a space before punctuation do not make two entries different. */
export const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ ([?.!,;:])/g, '$1')
    .trim();

export function checkDuplicateEntries(parsed: readonly ParsedContent[]): Problem[] {
  const roles = validOf(parsed, 'roles').map(({ file, data }) => ({
    file,
    lists: [
      {
        field: 'faqs',
        label: 'question',
        texts: data.faqs.map((faq) => faq.question),
        path: (i: number) => ['faqs', i, 'question'],
      },
      { field: 'aliases', label: 'alias', texts: data.aliases, path: (i: number) => ['aliases', i] },
      { field: 'duties', label: 'duty', texts: data.duties, path: (i: number) => ['duties', i] },
      sourceList(data.sources.map((source) => source.id)),
    ],
  }));
  return roles.flatMap(({ file, lists }) => lists.flatMap((list) => duplicatesIn(file, list)));
}

const sourceList = (ids: string[]): DuplicateList => ({
  field: 'sources',
  label: 'source',
  texts: ids,
  path: (i) => ['sources', i],
});

function duplicatesIn(file: ContentFile, list: DuplicateList): Problem[] {
  const seen = new Map<string, number>();
  return list.texts.flatMap((text, index): Problem[] => {
    const first = seen.get(comparable(text));
    if (first === undefined) {
      seen.set(comparable(text), index);
      return [];
    }
    const line = file.lineOf(list.path(index));
    const firstLine = file.lineOf(list.path(first));
    return [
      {
        file: file.path,
        line,
        field: `${list.field}[${index}]`,
        message: `repeats the ${list.label} "${text}" of ${list.field}[${first}]${firstLine === line ? '' : ` (line ${firstLine})`}, so it would be published twice`,
        fix: `delete one of them${list.field === 'faqs' ? ', or merge the two answers into one' : ''}`,
        severity: 'error',
      },
    ];
  });
}
