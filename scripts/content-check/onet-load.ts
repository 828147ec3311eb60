import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { cacheYaml, cachedYaml } from './yaml-cache-io.ts';

/** A YAML file of content/onet/, parsed far enough to validate and to say on which line a field is. */
export interface OnetFile {
  path: string;
  name: string;
  data: unknown;
  lineOf(path: readonly (string | number)[]): number;
  parseError?: { line: number; message: string };
}

type Ranged = { range?: number[] };

export function readOnetFile(full: string, root: string): OnetFile {
  const text = readFileSync(full, 'utf8');
  const cached = cachedYaml(text);
  // The document (slow to build) is only needed for line numbers, or when nothing is cached.
  let parsed: { doc: Document; counter: LineCounter } | undefined;
  const document = () => {
    if (!parsed) {
      const counter = new LineCounter();
      parsed = { doc: parseDocument(text, { lineCounter: counter, prettyErrors: false }), counter };
    }
    return parsed;
  };
  const firstError = cached === undefined ? document().doc.errors[0] : undefined;
  const data = cached ?? (firstError ? undefined : document().doc.toJS());
  if (cached === undefined && !firstError) cacheYaml(text, data);
  return {
    path: relative(root, full),
    name: full.split('/').at(-1)!,
    data,
    lineOf(fieldPath) {
      // The line of the deepest key or list item of `fieldPath` that exists.
      const { doc, counter } = document();
      let node: unknown = doc.contents;
      let start = (node as Ranged | null)?.range?.[0];
      for (const key of fieldPath) {
        if (isSeq(node) && typeof key === 'number') {
          const item = node.items[key] as Ranged | undefined;
          if (!item) break;
          start = item.range?.[0] ?? start;
          node = item;
        } else if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
          if (!pair) break;
          start = (pair.key as Ranged).range?.[0] ?? start;
          node = pair.value;
        } else break;
      }
      return start === undefined ? 1 : counter.linePos(start).line;
    },
    parseError: firstError
      ? {
          line: document().counter.linePos(firstError.pos[0]).line,
          message: firstError.message.split('\n')[0] ?? 'invalid YAML',
        }
      : undefined,
  };
}

/** Every file of content/onet/: the release, the occupations and the reference tables (those that exist). */
export function loadOnet(contentDir: string, root: string) {
  const dir = join(contentDir, 'onet');
  const read = (path: string) => (existsSync(path) ? readOnetFile(path, root) : undefined);
  const occupationsDir = join(dir, 'occupations');
  return {
    exists: existsSync(dir),
    releasePath: relative(root, join(dir, 'release.yaml')),
    release: read(join(dir, 'release.yaml')),
    occupations: existsSync(occupationsDir)
      ? readdirSync(occupationsDir)
          .filter((n) => n.endsWith('.yaml'))
          .sort()
          .map((n) => readOnetFile(join(occupationsDir, n), root))
      : [],
    reference: {
      elements: read(join(dir, 'reference/elements.yaml')),
      scales: read(join(dir, 'reference/scales.yaml')),
      jobZones: read(join(dir, 'reference/job-zones.yaml')),
      categories: read(join(dir, 'reference/education-categories.yaml')),
    },
  };
}
