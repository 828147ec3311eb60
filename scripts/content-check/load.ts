import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { contentExtensions, filesIn, listFiles } from '../../src/lib/io/content-files.ts';

export { contentExtensions, filesIn, listFiles };

export type Collection = 'roles' | 'guides' | 'sources' | 'statistics' | 'families' | 'technologies' | 'skills';

export type ListCollection = keyof typeof listFiles;

/** A content file parsed far enough to validate: its data, where each field is, and its body. */
export interface ContentFile {
  collection: Collection;
  id: string;
  /** Path from the project root, as editors see it in a pull request. */
  path: string;
  /** The file name, extension included. */
  name: string;
  data: unknown;
  /** The 1-based line of a field (path of keys and indexes): the line of its key, or of the nearest parent found. */
  lineOf(path: readonly (string | number)[]): number;
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyStartLine: number;
  parseError?: { line: number; message: string };
}

/** The node range where a field starts: the key of a map entry, the item of a list. */
function rangeOf(doc: Document, path: readonly (string | number)[]): number | undefined {
  let node: unknown = doc.contents;
  let start: number | undefined = (node as { range?: number[] } | null)?.range?.[0];
  for (const key of path) {
    // Lists are tested first: TypeScript narrows a value that is not a YAMLMap to `never` for YAMLSeq.
    if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: number[] } | undefined;
      if (!item) return start;
      start = item.range?.[0] ?? start;
      node = item;
    } else if (isMap(node)) {
      const pair = node.items.find((p: unknown) => isPair(p) && isScalar(p.key) && p.key.value === key);
      if (!pair) return start;
      start = (pair.key as { range?: number[] }).range?.[0] ?? start;
      node = pair.value;
    } else return start;
  }
  return start;
}

function yamlFile(
  collection: Collection,
  name: string,
  path: string,
  source: string,
  lineOffset: number,
  body = '',
  bodyStartLine = 1,
): ContentFile {
  const counter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  const firstError = doc.errors[0];
  return {
    collection,
    id: name.replace(/\.[^.]+$/, ''),
    path,
    name,
    data: firstError ? undefined : doc.toJS(),
    lineOf(fieldPath) {
      const offset = rangeOf(doc, fieldPath);
      return (offset === undefined ? 1 : counter.linePos(offset).line) + lineOffset;
    },
    body,
    bodyStartLine,
    parseError: firstError
      ? {
          line: counter.linePos(firstError.pos[0]).line + lineOffset,
          message: firstError.message.split('\n')[0] ?? 'invalid YAML',
        }
      : undefined,
  };
}

/** Split an MDX file into its YAML frontmatter and its body. */
function mdxFile(collection: 'roles' | 'guides', name: string, path: string, text: string): ContentFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  if (!match) {
    const file = yamlFile(collection, name, path, '', 0, text, 1);
    file.parseError = { line: 1, message: 'the file must start with frontmatter between two "---" lines' };
    return file;
  }
  const bodyStartLine = match[0].split('\n').length + (match[2] ? 0 : 1);
  return yamlFile(collection, name, path, match[1] ?? '', 1, text.slice(match[0].length), bodyStartLine);
}

/** Every content file under `contentDir`, parsed. `root` is what paths are shown relative to. */
export function loadContent(contentDir: string, root: string): ContentFile[] {
  const files: ContentFile[] = [];
  const rel = (p: string) => relative(root, p);
  for (const [collection, ext] of Object.entries(contentExtensions) as [keyof typeof contentExtensions, string][]) {
    const dir = join(contentDir, collection);
    for (const name of filesIn(dir).filter((n) => n.endsWith(ext))) {
      const full = join(dir, name);
      const text = readFileSync(full, 'utf8');
      files.push(
        collection === 'sources' || collection === 'statistics'
          ? yamlFile(collection, name, rel(full), text, 0)
          : mdxFile(collection, name, rel(full), text),
      );
    }
  }
  for (const [collection, name] of Object.entries(listFiles) as [ListCollection, string][]) {
    const path = join(contentDir, name);
    if (existsSync(path)) files.push(yamlFile(collection, name, rel(path), readFileSync(path, 'utf8'), 0));
  }
  return files;
}
