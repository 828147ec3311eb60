import { z } from 'astro/zod';
import { placeholder, slugId, type ReferenceTo } from '../../src/schemas/common.ts';
import { familySchema } from '../../src/schemas/family.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { statisticsEditionSchema } from '../../src/schemas/statistics.ts';
import { fieldSchema, jsonSchemaOf, unknownFields, type JsonSchema } from './json-schema.ts';
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
    .string({
      error: `is not an id — write the id of an entry in content/${collection === 'families' ? 'families.yaml' : collection + '/'}`,
    })
    .transform((id) => new Ref(collection, id));

const schemas = {
  roles: roleSchema(referenceTo),
  guides: guideSchema(referenceTo),
  sources: sourceSchema,
  statistics: statisticsEditionSchema(referenceTo),
  families: z.array(familySchema.extend({ id: slugId }), {
    error: 'is not a list — write one "- id: …" item per family',
  }),
};

const fileOf = {
  roles: 'content/roles/<id>.mdx',
  sources: 'content/sources/<id>.yaml',
  families: 'an item in content/families.yaml',
};
export const referenceDoc = 'docs/frontmatter-reference.md';

/** What a value of each JSON type is called, and how to write one. */
const expected: Record<string, { name: string; fix: string }> = {
  array: { name: 'a list', fix: 'write one "- item" per line under the field, or [first, second] after it' },
  object: { name: 'a group of fields', fix: 'indent its fields under it by two spaces' },
  number: { name: 'a number', fix: 'write digits only: no currency sign, no commas, no words' },
  int: { name: 'a whole number', fix: 'write digits only' },
  string: { name: 'text', fix: 'put it in quotes if it contains ": " or starts with a symbol' },
  boolean: { name: 'true or false', fix: 'write true or false' },
};

/** Split "what is wrong — how to fix it"; zod's own messages get a fix in plain words. */
function describe(issue: z.core.$ZodIssue, file: ContentFile): { message: string; fix: string } {
  const [what, fix] = issue.message.split(' — ');
  const field = fieldSchema(jsonSchemaOf(file.collection), issue.path as (string | number)[]);
  const input = (issue as { input?: unknown }).input;
  if (fix) return { message: what!, fix };
  if (issue.code === 'invalid_type' && input === undefined) {
    return {
      message: 'is missing',
      fix: field?.description ? `add it: ${field.description}` : `add it (${referenceDoc} lists every field)`,
    };
  }
  if (issue.code === 'invalid_type') {
    const want = expected[issue.expected] ?? { name: issue.expected, fix: `see ${referenceDoc}` };
    const written = typeof input === 'string' || typeof input === 'number' ? ` (${JSON.stringify(input)})` : '';
    return { message: `should be ${want.name}${written}`, fix: want.fix };
  }
  return { message: issue.message, fix: `see ${referenceDoc}` };
}

function fieldName(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
      '',
    ) || '(file)'
  );
}

/** The closest known name to a misspelt one, when it is close enough to be a typo. */
export function closest(word: string, candidates: string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j]!;
        row[j] = Math.min(
          row[j]! + 1,
          row[j - 1]! + 1,
          previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1),
        );
        previous = current;
      }
    }
    return row[b.length]!;
  };
  const ranked = candidates.map((c) => ({ c, d: distance(word, c) })).sort((x, y) => x.d - y.d);
  const best = ranked[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.c : undefined;
}

/** Every string in the data still holding a scaffolding placeholder, optional fields included. */
function placeholdersIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return placeholder.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => placeholdersIn(item, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => placeholdersIn(item, [...path, key]));
  }
  return [];
}

/** How to fill a placeholder in, from the field's own schema. */
function placeholderFix(
  collection: ContentFile['collection'],
  path: (string | number)[],
  known: Record<Collection, Set<string>>,
): string {
  const schema = jsonSchemaOf(collection);
  const field = fieldSchema(schema, path);
  // A list item has no description of its own: the list's says what goes in it.
  const described = field?.description
    ? field
    : typeof path.at(-1) === 'number'
      ? fieldSchema(schema, path.slice(0, -1))
      : undefined;
  const target = field?.['x-collection'] as Collection | undefined;
  if (target) return `write an existing id: ${[...known[target]].sort().join(', ') || 'none yet'}`;
  if (field?.enum) return `use one of ${field.enum.join(', ')}`;
  return described?.description
    ? `replace it: ${lowerFirst(described.description)}`
    : 'replace it with the real value, or delete the line if the field is optional';
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The ids written where the schema expects a reference, with their paths. */
function referencesIn(
  schema: JsonSchema,
  value: unknown,
  path: (string | number)[] = [],
): { ref: Ref; path: (string | number)[] }[] {
  const collection = schema['x-collection'] as Collection | undefined;
  if (collection) return typeof value === 'string' ? [{ ref: new Ref(collection, value), path }] : [];
  if (schema.type === 'array' && schema.items && Array.isArray(value)) {
    const items = schema.items;
    return value.flatMap((item, i) => referencesIn(items, item, [...path, i]));
  }
  if (schema.type === 'object' && schema.properties && value && typeof value === 'object' && !Array.isArray(value)) {
    const properties = schema.properties;
    return Object.entries(value).flatMap(([key, item]) =>
      properties[key] ? referencesIn(properties[key], item, [...path, key]) : [],
    );
  }
  return [];
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
    // What can be cited: source files and editions of statistics (the statistics rules refuse an
    // edition where a figure needs a source file).
    sources: new Set(files.filter((f) => f.collection === 'sources' || f.collection === 'statistics').map((f) => f.id)),
    // From what is written, so roles checked before families.yaml can already name them.
    families: new Set(
      files
        .filter((f) => f.collection === 'families' && Array.isArray(f.data))
        .flatMap((f) =>
          (f.data as { id?: unknown }[]).flatMap((item) => (typeof item?.id === 'string' ? [item.id] : [])),
        ),
    ),
  };
  const statisticsIds = new Set(files.filter((f) => f.collection === 'statistics').map((f) => f.id));
  const familyIds = new Set<string>();
  const refs: { file: ContentFile; ref: Ref; path: (string | number)[] }[] = [];
  const error = (file: ContentFile, path: (string | number)[], message: string, fix: string) =>
    problems.push({
      file: file.path,
      line: file.lineOf(path),
      field: fieldName(path),
      message,
      fix,
      severity: 'error',
    });

  for (const file of files) {
    if (file.parseError) {
      problems.push({
        file: file.path,
        line: file.parseError.line,
        field: '(frontmatter)',
        message: `cannot be read: ${file.parseError.message}`,
        fix: 'check the indentation, and put text containing ": " or starting with a symbol in quotes',
        severity: 'error',
      });
      parsed.push({ file, data: undefined });
      continue;
    }
    for (const { path, known } of unknownFields(jsonSchemaOf(file.collection), file.data)) {
      const key = String(path.at(-1));
      const guess = closest(key, known);
      const fix =
        key === 'slug' && path.length === 1
          ? 'remove it: the file name sets the page address (rename the file to change it)'
          : guess
            ? `did you mean "${guess}"? Rename it`
            : `remove it, or use one of: ${known.join(', ')}`;
      error(file, path, 'is not a known field, so the site would ignore it', fix);
    }
    // References are read from what is written, so they are checked even when other fields fail.
    refs.push(...referencesIn(jsonSchemaOf(file.collection), file.data).map((r) => ({ file, ...r })));
    const result = schemas[file.collection].safeParse(file.data ?? {}, { reportInput: true });
    // Placeholders are reported once each: by zod when the schema refuses them, here otherwise.
    const reported = new Set<string>();
    const placeholders = placeholdersIn(file.data);
    const reportPlaceholders = () => {
      for (const path of placeholders) {
        if (!reported.has(fieldName(path)))
          error(file, path, 'still holds a TODO placeholder', placeholderFix(file.collection, path, ids));
      }
    };
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path as (string | number)[];
        if (placeholders.some((p) => fieldName(p) === fieldName(path))) continue;
        const { message, fix } = describe(issue, file);
        reported.add(fieldName(path));
        error(file, path, message, fix);
      }
      reportPlaceholders();
      parsed.push({ file, data: undefined });
      continue;
    }
    reportPlaceholders();
    if (file.collection === 'families') {
      (result.data as { id: string }[]).forEach((family, index) => {
        if (familyIds.has(family.id))
          error(file, [index, 'id'], `"${family.id}" is used by two families`, 'give each family its own id');
        familyIds.add(family.id);
      });
    }
    parsed.push({ file, data: result.data as Record<string, unknown> });
  }

  for (const { file, ref, path } of refs) {
    // Placeholders were reported with the file.
    if (!ids[ref.collection].has(ref.id) && !placeholder.test(ref.id)) {
      // A figure's source is a source file: an edition of statistics reaches a role through its codes instead.
      const figureSource = path.at(-1) === 'source' || path.at(-1) === 'via';
      const known = [...ids[ref.collection]].filter((id) => !(figureSource && statisticsIds.has(id))).sort();
      const guess = closest(ref.id, known);
      error(
        file,
        path,
        `"${ref.id}" does not exist`,
        guess
          ? `did you mean "${guess}"?`
          : `use an existing id (${known.join(', ') || 'none yet'}) or create ${fileOf[ref.collection].replace('<id>', ref.id)}`,
      );
    }
  }
  return { problems, parsed };
}
