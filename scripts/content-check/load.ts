import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';

/** A content file parsed far enough to validate: its data, where each field is, and its body. */
export interface ContentFile {
  collection: 'roles' | 'guides' | 'sources' | 'families';
  id: string;
  /** Path from the project root, as editors see it in a pull request. */
  path: string;
  data: unknown;
  /** The 1-based line of a field (path of keys and indexes), or of the file's start. */
  lineOf(path: (string | number)[]): number;
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyStartLine: number;
  parseError?: { line: number; message: string };
}

function yamlFile(
  collection: ContentFile['collection'],
  id: string,
  path: string,
  source: string,
  lineOffset: number,
  body = '',
  bodyStartLine = 1,
): ContentFile {
  const counter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  const line = (offset: number) => counter.linePos(offset).line + lineOffset;
  const firstError = doc.errors[0];
  return {
    collection,
    id,
    path,
    data: firstError ? undefined : doc.toJS(),
    lineOf(fieldPath) {
      for (let n = fieldPath.length; n > 0; n--) {
        const node = doc.getIn(fieldPath.slice(0, n), true) as { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) return line(node.range[0]);
      }
      return 1 + lineOffset;
    },
    body,
    bodyStartLine,
    parseError: firstError
      ? { line: firstError.linePos?.[0]?.line !== undefined ? firstError.linePos[0].line + lineOffset : 1, message: firstError.message.split('\n')[0] ?? 'invalid YAML' }
      : undefined,
  };
}

/** Split an MDX file into its YAML frontmatter and its body. */
function mdxFile(collection: 'roles' | 'guides', id: string, path: string, text: string): ContentFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) {
    const file = yamlFile(collection, id, path, '', 0, text, 1);
    file.parseError = { line: 1, message: 'the file must start with frontmatter between two "---" lines' };
    return file;
  }
  const frontmatter = match[1] ?? '';
  const bodyStartLine = match[0].split('\n').length;
  return yamlFile(collection, id, path, frontmatter, 1, text.slice(match[0].length), bodyStartLine);
}

const list = (dir: string, ext: string) =>
  existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(ext)).sort() : [];

/** Every content file under `contentDir`, parsed. `root` is what paths are shown relative to. */
export function loadContent(contentDir: string, root: string): ContentFile[] {
  const files: ContentFile[] = [];
  const rel = (p: string) => relative(root, p);
  for (const collection of ['roles', 'guides'] as const) {
    const dir = join(contentDir, collection);
    for (const name of list(dir, '.mdx')) {
      const full = join(dir, name);
      files.push(mdxFile(collection, name.replace(/\.mdx$/, ''), rel(full), readFileSync(full, 'utf8')));
    }
  }
  const sourcesDir = join(contentDir, 'sources');
  for (const name of list(sourcesDir, '.yaml')) {
    const full = join(sourcesDir, name);
    files.push(yamlFile('sources', name.replace(/\.yaml$/, ''), rel(full), readFileSync(full, 'utf8'), 0));
  }
  const familiesPath = join(contentDir, 'families.yaml');
  if (existsSync(familiesPath)) {
    files.push(yamlFile('families', 'families', rel(familiesPath), readFileSync(familiesPath, 'utf8'), 0));
  }
  return files;
}
