import { formatDate, isoDate } from '../page/dates.ts';

export interface CitationInput {
  /** What the BibTeX key ends with: a role's id, or "data" for the data files. */
  key: string;
  title: string;
  siteName: string;
  url: string;
  /** The date readers should quote: "Last reviewed" for a role page. Left out when unknown. */
  dated?: { label: string; date: Date } | undefined;
}

/** The BibTeX placeholder a reader replaces with the day they read the page. */
export const accessedPlaceholder = 'YYYY-MM-DD';

/** "Career Atlas. Back-end developer. Last reviewed November 23, 2026. https://… (accessed [date])." */
export function citationText(page: CitationInput): string {
  const dated = page.dated ? ` ${page.dated.label} ${formatDate(page.dated.date)}.` : '';
  return `${page.siteName}. ${page.title}.${dated} ${page.url} (accessed [date]).`;
}

// Characters BibTeX gives a meaning to, written so they print as themselves.
const bibtexSpecial: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as a BibTeX field value prints it. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => bibtexSpecial[c]!);
}

/** A key made of lowercase letters, digits and hyphens: "careeratlas-backend-developer". */
function bibtexKey(siteName: string, key: string): string {
  return `${siteName.toLowerCase().replace(/[^a-z0-9]/g, '')}-${key}`;
}

/** The page as a BibTeX @misc entry; urldate is a placeholder for the day the reader read it. */
export function citationBibtex(page: CitationInput): string {
  const fields: [string, string | undefined][] = [
    // Double braces: a corporate author, not a first and last name.
    ['author', `{${bibtexEscape(page.siteName)}}`],
    ['title', bibtexEscape(page.title)],
    ['howpublished', bibtexEscape(page.siteName)],
    ['year', page.dated && String(page.dated.date.getUTCFullYear())],
    ['note', page.dated && `${page.dated.label} ${isoDate(page.dated.date)}`],
    // The url field takes the address as it is: only a brace or a percent sign could break the entry.
    ['url', page.url.replace(/[{}%]/g, encodeURIComponent)],
    ['urldate', accessedPlaceholder],
  ];
  const present = fields.filter((field): field is [string, string] => field[1] !== undefined);
  const lines = present.map(([name, value]) => `  ${name} = {${value}}`);
  return `@misc{${bibtexKey(page.siteName, page.key)},\n${lines.join(',\n')}\n}`;
}
