import type { MdxComponent } from './components.ts';
import type { ContentFile } from './load.ts';
import type { MdxAttribute } from './mdx-tree.ts';
import type { SiteIndex } from './site-index.ts';
import type { Skips } from './skips.ts';

/** One MDX body being checked, and what its rules look things up in. */
export interface Body {
  file: ContentFile;
  site: SiteIndex;
  components: MdxComponent[];
  byName: Map<string, MdxComponent>;
  skips: Skips;
  /** The page the body is on ("/roles/x/"), and the anchors it has. */
  pagePath: string;
  ownAnchors: Set<string>;
  /** Report an error on a line of the body. */
  add(line: number, field: string, message: string, fix: string): void;
}

/** True for addresses a browser would run or render as a document: javascript:, vbscript:, data:. */
export function isDangerousUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^(javascript|vbscript|data):/.test(squeezed);
}

/** Which kind of address a link holds. */
export function classify(url: string): 'external' | 'internal' | 'anchor' | 'relative' {
  if (url.startsWith('#')) return 'anchor';
  if (url.startsWith('/') && !url.startsWith('//')) return 'internal';
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return 'external';
  return 'relative';
}

export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');

/** An attribute value as written: a string, a bare attribute (true), or a {…} expression. */
export type Value = { text: string } | { expression: string } | { bare: true };
export const valueOf = (attr: Extract<MdxAttribute, { type: 'mdxJsxAttribute' }>): Value =>
  attr.value === null
    ? { bare: true }
    : typeof attr.value === 'string'
      ? { text: attr.value }
      : { expression: attr.value.value.trim() };

/** `{["a", "b"]}` as a list of strings; undefined for anything else. */
export function stringList(expression: string): string[] | undefined {
  const m = /^\[\s*((?:(?:"[^"]*"|'[^']*')\s*,?\s*)*)\]$/.exec(expression.trim());
  if (!m) return undefined;
  return [...m[1]!.matchAll(/"([^"]*)"|'([^']*)'/g)].map((x) => x[1] ?? x[2]!);
}

/** Expressions a prop may hold without running code: a boolean, a number or a list of strings. */
export const isPlainExpression = (expression: string) =>
  /^(true|false|-?\d+(\.\d+)?)$/.test(expression) || stringList(expression) !== undefined;
