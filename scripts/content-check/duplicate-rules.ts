import type { Problem } from './problems.ts';
import type { ParsedContent } from './schema-rules.ts';

/**
 * A list entry written twice is published twice: a duplicated FAQ question appears twice on the page and in its FAQ
 * structured data, a duplicated duty or alias twice in the profile and its Occupation data, a duplicated source twice
 * in the sources list. Entries compare without regard to capitals and spacing ("What does it pay?" and "what does
 * it  pay ?" are one question).
 */
interface DuplicateList {
  field: string;
  /** The comparable text of each entry, or undefined for an entry the schema already refused. */
  entries: (data: Record<string, unknown>) => unknown[] | undefined;
  text: (entry: unknown) => string | undefined;
  /** The path of entry `index` inside the file, for its line. */
  path: (index: number) => (string | number)[];
  label: string;
}

const asString = (value: unknown) => (typeof value === 'string' ? value : undefined);
const idOf = (value: unknown) => (typeof value === 'string' ? value : asString((value as { id?: unknown } | null)?.id));
const array = (value: unknown) => (Array.isArray(value) ? value : undefined);

const roleLists: DuplicateList[] = [
  {
    field: 'faqs',
    label: 'question',
    entries: (data) => array(data.faqs),
    text: (faq) => asString((faq as { question?: unknown } | null)?.question),
    path: (i) => ['faqs', i, 'question'],
  },
  { field: 'aliases', label: 'alias', entries: (d) => array(d.aliases), text: asString, path: (i) => ['aliases', i] },
  { field: 'duties', label: 'duty', entries: (d) => array(d.duties), text: asString, path: (i) => ['duties', i] },
  { field: 'sources', label: 'source', entries: (d) => array(d.sources), text: idOf, path: (i) => ['sources', i] },
];
const guideLists: DuplicateList[] = [roleLists[3]!];

/** Capitals, spacing and a space before punctuation do not make two entries different. */
export const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ ([?.!,;:])/g, '$1')
    .trim();

export function checkDuplicateEntries(parsed: ParsedContent[]): Problem[] {
  const problems: Problem[] = [];
  for (const { file, data } of parsed) {
    if (!data) continue;
    const lists = file.collection === 'roles' ? roleLists : file.collection === 'guides' ? guideLists : [];
    for (const list of lists) {
      const seen = new Map<string, number>();
      (list.entries(data) ?? []).forEach((entry, index) => {
        const text = list.text(entry);
        if (text === undefined) return;
        const first = seen.get(comparable(text));
        if (first === undefined) {
          seen.set(comparable(text), index);
          return;
        }
        const line = file.lineOf(list.path(index));
        const firstLine = file.lineOf(list.path(first));
        problems.push({
          file: file.path,
          line,
          field: `${list.field}[${index}]`,
          message: `repeats the ${list.label} "${text}" of ${list.field}[${first}]${firstLine === line ? '' : ` (line ${firstLine})`}, so it would be published twice`,
          fix: `delete one of them${list.field === 'faqs' ? ', or merge the two answers into one' : ''}`,
          severity: 'error',
        });
      });
    }
  }
  return problems;
}
