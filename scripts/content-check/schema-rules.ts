import type { z } from 'astro/zod';
import { placeholder } from '../../src/schemas/common.ts';
import { fieldSchema, jsonSchemaOf, unknownFields, type JsonSchema } from './json-schema.ts';
import { listFiles, type ContentFile, type ListCollection } from './load.ts';
import { failedEntry, parseEntry, type ParsedContent, type Ref, type RefCollection } from './parsed.ts';
import type { Problem } from './problems.ts';
import { fieldOf, idsIn, itemsOf, textOf } from './raw.ts';

export type { ParsedContent } from './parsed.ts';

type Collection = RefCollection;
const isListCollection = (collection: string): collection is ListCollection => collection in listFiles;
const refCollections: readonly string[] = ['roles', 'sources', 'families', 'technologies', 'skills'];
const isRefCollection = (value: unknown): value is Collection =>
  typeof value === 'string' && refCollections.includes(value);

const fileOf = {
  roles: 'content/roles/<id>.mdx',
  sources: 'content/sources/<id>.yaml',
  families: 'an item in content/families.yaml',
  technologies: 'an item "- id: <id>" in content/technologies.yaml',
  skills: 'an item "- id: <id>" in content/skills.yaml',
};

/** "Golang" → "golang": how a name or alias would look written as an id. */
const asId = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
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
  const field = fieldSchema(jsonSchemaOf(file.collection), pathOf(issue));
  const input = 'input' in issue ? issue.input : undefined;
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

/** Where in the file an issue is: zod's path, symbols aside (the schemas have no symbol keys). */
const pathOf = (issue: z.core.$ZodIssue): (string | number)[] =>
  issue.path.flatMap((key) => (typeof key === 'symbol' ? [] : [key]));

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
  const target = field?.['x-collection'];
  if (isRefCollection(target)) return `write an existing id: ${[...known[target]].sort().join(', ') || 'none yet'}`;
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
  const collection = schema['x-collection'];
  if (isRefCollection(collection)) return typeof value === 'string' ? [{ ref: { collection, id: value }, path }] : [];
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

/** Validate every file against its schema, then every reference against what exists. */
export function checkSchemas(files: ContentFile[]): { problems: Problem[]; parsed: ParsedContent[] } {
  const problems: Problem[] = [];
  const parsed: ParsedContent[] = [];
  const ids: Record<Collection, Set<string>> = {
    roles: new Set(files.filter((f) => f.collection === 'roles').map((f) => f.id)),
    // What can be cited: source files and editions of statistics (the statistics rules refuse an
    // edition where a figure needs a source file).
    sources: new Set(files.filter((f) => f.collection === 'sources' || f.collection === 'statistics').map((f) => f.id)),
    // From what is written, so roles checked before the list files can already name their entries.
    families: new Set(idsIn(listItems(files, 'families'))),
    technologies: new Set(idsIn(listItems(files, 'technologies'))),
    skills: new Set(idsIn(listItems(files, 'skills'))),
  };
  const listIdsSeen: Record<ListCollection, Set<string>> = {
    families: new Set(),
    technologies: new Set(),
    skills: new Set(),
  };
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
      parsed.push(failedEntry(file));
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
    const { entry, issues } = parseEntry(file);
    // Placeholders are reported once each: by zod when the schema refuses them, here otherwise.
    const reported = new Set<string>();
    const placeholders = placeholdersIn(file.data);
    const reportPlaceholders = () => {
      for (const path of placeholders) {
        if (!reported.has(fieldName(path)))
          error(file, path, 'still holds a TODO placeholder', placeholderFix(file.collection, path, ids));
      }
    };
    if (issues.length > 0) {
      for (const issue of issues) {
        const path = pathOf(issue);
        if (placeholders.some((p) => fieldName(p) === fieldName(path))) continue;
        const { message, fix } = describe(issue, file);
        reported.add(fieldName(path));
        error(file, path, message, fix);
      }
      reportPlaceholders();
      parsed.push(entry);
      continue;
    }
    reportPlaceholders();
    if (entry.collection === 'families' || entry.collection === 'technologies' || entry.collection === 'skills') {
      const [many, one] = {
        families: ['families', 'family'],
        technologies: ['technologies', 'technology'],
        skills: ['skills', 'skill'],
      }[entry.collection];
      const seen = listIdsSeen[entry.collection];
      entry.data?.forEach((item, index) => {
        if (seen.has(item.id))
          error(file, [index, 'id'], `"${item.id}" is used by two ${many}`, `give each ${one} its own id`);
        seen.add(item.id);
      });
    }
    parsed.push(entry);
  }

  checkReferences(files, refs, ids, error);
  return { problems, parsed };
}

/** Every id written where a reference goes must name an entry; a near miss gets the id it was probably meant to be. */
function checkReferences(
  files: ContentFile[],
  refs: { file: ContentFile; ref: Ref; path: (string | number)[] }[],
  ids: Record<Collection, Set<string>>,
  error: (file: ContentFile, path: (string | number)[], message: string, fix: string) => void,
): void {
  const statisticsIds = new Set(files.filter((f) => f.collection === 'statistics').map((f) => f.id));
  for (const { file, ref, path } of refs) {
    // Placeholders were reported with the file.
    if (!ids[ref.collection].has(ref.id) && !placeholder.test(ref.id)) {
      // A figure's source is a source file: an edition of statistics reaches a role through its codes instead.
      const figureSource = path.at(-1) === 'source' || path.at(-1) === 'via';
      const known = [...ids[ref.collection]].filter((id) => !(figureSource && statisticsIds.has(id))).sort();
      const guess = closest(ref.id, known) ?? byName(files, ref.collection, ref.id);
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
}

// Read from what is written, so a list with an error elsewhere still names its entries.
function listItems(files: ContentFile[], collection: ListCollection): unknown[] {
  return files.filter((f) => f.collection === collection).flatMap((f) => itemsOf(f.data));
}

/** An entry whose name or alias, written as an id, is what the editor wrote: `golang` → `go`. */
function byName(files: ContentFile[], collection: Collection, written: string): string | undefined {
  if (!isListCollection(collection)) return undefined;
  const match = listItems(files, collection).find((item) =>
    [fieldOf(item, 'name'), ...itemsOf(fieldOf(item, 'aliases'))].some(
      (name) => typeof name === 'string' && asId(name) === asId(written),
    ),
  );
  return textOf(fieldOf(match, 'id'));
}
