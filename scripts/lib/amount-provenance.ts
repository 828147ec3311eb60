// Where each money amount on the built site comes from, in the project's own files. `../shared/tools/figure-provenance`
// knows only the seeds; this names, for every amount, the content file and line that cite it (a statistic read
// on an official page, a role's salary, a sentence of prose), or the figures it is worked out from: an hourly
// figure at 2,080 hours, or the difference between two figures shown on the same page (a compare page's gap).
// An amount none of these explains is listed, so a number typed into a template or from memory cannot hide.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One place a project file states an amount. */
export interface Citation {
  amount: number;
  file: string;
  line: number;
  /** The nearest official page the file names above that line, when it names one. */
  url?: string;
}

export interface Explained {
  amount: number;
  pages: string[];
  /** How the amount came about, in words, with the file and line it rests on; undefined when nothing explains it. */
  origin?: string;
}

// The shared tool's pattern: a currency sign before, K for thousands, or a euro sign after.
const money = /([$€£])\s?(\d[\d,]*(?:\.\d+)?)\s?([Kk]\b)?|(\d[\d,]*(?:\.\d+)?)\s?([Kk])?\s?€/g;

/** Every money amount in a text, as numbers (K multiplied out). */
export function moneyAmounts(text: string): number[] {
  return [...text.matchAll(money)].flatMap((m) => {
    const value = Number((m[2] ?? m[4] ?? '').replace(/,/g, ''));
    if (!Number.isFinite(value)) return [];
    return [round2(m[3] || m[5] ? value * 1000 : value)];
  });
}

const round2 = (value: number) => Math.round(value * 100) / 100;
// A YAML number given as a figure: `medianAnnual: 103500`, `amount: 62.58`, `{ p10: 57810, p25: … }`.
const yamlNumber = /\b[A-Za-z0-9]+:\s*(\d+(?:\.\d+)?)\b(?![-:\d])/g;
const urlLine = /^\s*(?:url|sourceUrl):\s*(\S+)/;

/** The figures a content file states: YAML numbers (statistics, frontmatter) and money amounts in prose. */
export function citationsIn(text: string, file: string): Citation[] {
  const citations: Citation[] = [];
  let url: string | undefined;
  text.split('\n').forEach((line, index) => {
    url = urlLine.exec(line)?.[1] ?? url;
    const numbers = [...line.matchAll(yamlNumber)].map((m) => Number(m[1]));
    for (const amount of [...numbers, ...moneyAmounts(line)])
      if (amount >= 1) citations.push({ amount: round2(amount), file, line: index + 1, url });
  });
  return citations;
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Every figure the content states: statistics files, roles, guides and sources (O*NET ratings are not money). */
export function contentCitations(projectDir: string): Citation[] {
  const content = join(projectDir, 'content');
  return filesUnder(content, /\.(ya?ml|mdx?)$/)
    .filter((file) => !relative(content, file).startsWith('onet'))
    .flatMap((file) => citationsIn(readFileSync(file, 'utf8'), relative(projectDir, file)));
}

const describe = (c: Citation) => `${c.file}:${c.line}${c.url ? ` (${c.url})` : ''}`;
const dollars = (value: number) =>
  `$${value.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(value) ? 0 : 2 })}`;

/** Ways the site turns a stated figure into another one: itself, or an hourly figure over a 2,080-hour year. */
function derivedFrom(citation: Citation): { amount: number; how: string }[] {
  const at = describe(citation);
  return [
    { amount: citation.amount, how: `cited in ${at}` },
    {
      amount: Math.round(citation.amount * 2080),
      how: `${dollars(citation.amount)} an hour × 2,080 hours, cited in ${at}`,
    },
  ];
}

/**
 * Explain each amount the pages show. `pages` maps a page's path to its visible text. A difference is
 * accepted only between two amounts shown on the same page that are themselves cited.
 */
export function explainAmounts(pages: Map<string, string>, citations: Citation[]): Explained[] {
  const known = new Map<number, string>();
  for (const citation of citations)
    for (const { amount, how } of derivedFrom(citation)) if (!known.has(amount)) known.set(amount, how);

  const onPages = new Map<number, Set<string>>();
  const origins = new Map<number, string>();
  for (const [page, text] of pages) {
    const amounts = [...new Set(moneyAmounts(text))];
    const cited = amounts.filter((a) => known.has(a));
    for (const amount of amounts) {
      if (!onPages.has(amount)) onPages.set(amount, new Set());
      onPages.get(amount)!.add(page);
      if (origins.has(amount)) continue;
      const direct = known.get(amount);
      if (direct) {
        origins.set(amount, direct);
        continue;
      }
      const pair = differenceOf(amount, cited);
      if (pair)
        origins.set(
          amount,
          `${dollars(pair[0])} − ${dollars(pair[1])} on ${page} (${known.get(pair[0])}; ${known.get(pair[1])})`,
        );
    }
  }
  return [...onPages]
    .sort(([a], [b]) => a - b)
    .map(([amount, where]) => ({ amount, pages: [...where].sort(), origin: origins.get(amount) }));
}

/** Two amounts of the list whose difference is `amount`, or undefined. */
function differenceOf(amount: number, amounts: number[]): [number, number] | undefined {
  const present = new Set(amounts);
  for (const larger of amounts) if (present.has(round2(larger - amount))) return [larger, round2(larger - amount)];
  return undefined;
}
