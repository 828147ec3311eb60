import { z } from 'astro/zod';
import { slugId, type ReferenceTo } from '../../src/schemas/common.ts';
import { familySchema } from '../../src/schemas/family.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import type { ContentFile } from './load.ts';
import type { Problem } from './problems.ts';

type Collection = 'roles' | 'sources' | 'families';

/** A reference as the checker sees it: which collection, which id. */
export class Ref {
  readonly collection: Collection;
  readonly id: string;
  constructor(collection: Collection, id: string) {
    this.collection = collection;
    this.id = id;
  }
}

const referenceTo: ReferenceTo = (collection) =>
  z
    .string({ error: `is not an id — write the id of an entry in content/${collection === 'families' ? 'families.yaml' : collection + '/'}` })
    .transform((id) => new Ref(collection, id));

const schemas = {
  roles: roleSchema(referenceTo),
  guides: guideSchema(referenceTo),
  sources: sourceSchema,
  families: z.array(familySchema.extend({ id: slugId }), { error: 'is not a list — write one "- id: …" item per family' }),
};

const fileOf = { roles: 'content/roles/<id>.mdx', sources: 'content/sources/<id>.yaml', families: 'an item in content/families.yaml' };

/** Split "what is wrong — how to fix it"; zod's own messages get a generic fix. */
function describe(issue: z.core.$ZodIssue): { message: string; fix: string } {
  const [what, fix] = issue.message.split(' — ');
  if (fix) return { message: what!, fix };
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return { message: 'is missing', fix: 'add this field (see "Frontmatter reference" in CONTRIBUTING.md)' };
  }
  if (issue.code === 'invalid_type') {
    return { message: `should be ${issue.expected}`, fix: `write a ${issue.expected} here` };
  }
  return { message: issue.message, fix: 'see "Frontmatter reference" in CONTRIBUTING.md' };
}

function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '') || '(file)';
}

function findRefs(value: unknown, path: (string | number)[], out: { ref: Ref; path: (string | number)[] }[]) {
  if (value instanceof Ref) out.push({ ref: value, path });
  else if (Array.isArray(value)) value.forEach((item, i) => findRefs(item, [...path, i], out));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) findRefs(item, [...path, key], out);
  }
}

export interface ParsedContent {
  file: ContentFile;
  data: Record<string, unknown> | undefined;
}

/** Validate every file against its schema, then every reference against what exists. */
export function checkSchemas(files: ContentFile[]): { problems: Problem[]; parsed: ParsedContent[] } {
  const problems: Problem[] = [];
  const parsed: ParsedContent[] = [];
  const ids: Record<Collection, Set<string>> = {
    roles: new Set(files.filter((f) => f.collection === 'roles').map((f) => f.id)),
    sources: new Set(files.filter((f) => f.collection === 'sources').map((f) => f.id)),
    families: new Set(),
  };
  const refs: { file: ContentFile; ref: Ref; path: (string | number)[] }[] = [];
  const error = (file: ContentFile, path: (string | number)[], message: string, fix: string) =>
    problems.push({ file: file.path, line: file.lineOf(path), field: fieldName(path), message, fix, severity: 'error' });

  for (const file of files) {
    if (file.parseError) {
      problems.push({
        file: file.path,
        line: file.parseError.line,
        field: '(frontmatter)',
        message: `cannot be read: ${file.parseError.message}`,
        fix: 'check the indentation and that text containing ":" is in quotes',
        severity: 'error',
      });
      parsed.push({ file, data: undefined });
      continue;
    }
    // reportInput keeps each issue's input, so "is missing" is told apart from "has the wrong type".
    const result = schemas[file.collection].safeParse(file.data ?? {}, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const { message, fix } = describe(issue);
        error(file, issue.path as (string | number)[], message, fix);
      }
      parsed.push({ file, data: undefined });
      continue;
    }
    if (file.collection === 'families') {
      for (const family of result.data as { id: string }[]) ids.families.add(family.id);
    }
    const found: { ref: Ref; path: (string | number)[] }[] = [];
    findRefs(result.data, [], found);
    refs.push(...found.map((r) => ({ file, ...r })));
    parsed.push({ file, data: result.data as Record<string, unknown> });
  }

  for (const { file, ref, path } of refs) {
    if (!ids[ref.collection].has(ref.id)) {
      const known = [...ids[ref.collection]].sort().join(', ') || 'none yet';
      error(
        file,
        path,
        `"${ref.id}" does not exist`,
        `use an existing id (${known}) or create ${fileOf[ref.collection].replace('<id>', ref.id)}`,
      );
    }
  }
  return { problems, parsed };
}
