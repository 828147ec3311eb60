// Writes docs/frontmatter-reference.md from the zod schemas (src/schemas/) and the MDX components'
// Props (src/components/mdx/), so the reference cannot drift from what the checks accept, and
// docs/templates/ from the scaffolds of "npm run new" for editors in GitHub's web editor.
//   npm run docs:frontmatter           rewrite the file
//   npm run docs:frontmatter -- --check  exit 1 when the committed file is out of date
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { slugPattern } from '../src/schemas/common.ts';
import { loadComponents, type MdxComponent } from './content-check/components.ts';
import { jsonSchemaOf, type EditorCollection, type JsonSchema } from './content-check/json-schema.ts';
import { listFiles, type ListCollection } from './content-check/load.ts';
import { kinds, pathFor, scaffold } from './new.ts';

export const referencePath = 'docs/frontmatter-reference.md';

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

/** A field's type in words an editor can act on. */
export function typeOf(schema: JsonSchema): string {
  const collection = schema['x-collection'];
  if (collection)
    return collection in listFiles
      ? `id of an entry in content/${listFiles[collection as ListCollection]}`
      : `id of a file in content/${collection}/`;
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(', or ');
  if (schema.const !== undefined) return code(schema.const);
  if (schema.enum) return `one of ${schema.enum.map(code).join(', ')}`;
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date') return 'date, YYYY-MM-DD';
      if (schema.format === 'uri') return 'web address (https://…)';
      if (schema.pattern && schema.pattern === slugPattern.source) return 'id: lowercase letters, digits and hyphens';
      return 'text';
    case 'integer': {
      // z.int() bounds itself to safe integers: those limits mean "no limit" to an editor.
      const min = schema.minimum !== undefined && schema.minimum > Number.MIN_SAFE_INTEGER ? schema.minimum : undefined;
      const max = schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER ? schema.maximum : undefined;
      if (min !== undefined && max !== undefined) return `whole number from ${min} to ${max}`;
      return min !== undefined ? `whole number, ${min} or more` : 'whole number';
    }
    case 'number':
      return schema.exclusiveMinimum === 0 ? 'number above 0, digits only' : 'number, digits only';
    case 'boolean':
      return '`true` or `false`';
    case 'object':
      return 'group of the fields below';
    case 'array': {
      const items = schema.items ?? {};
      const least = schema.minItems ? `, at least ${schema.minItems}` : '';
      return items.type === 'object'
        ? `list of items with the fields below${least}`
        : `list${least}; each item: ${typeOf(items)}`;
    }
  }
  return 'any value';
}

function requirement(schema: JsonSchema, required: boolean): string {
  if (required) return 'required';
  if (schema.default === undefined) return 'optional';
  if (Array.isArray(schema.default) && schema.default.length === 0) return 'optional (empty list when left out)';
  if (typeof schema.default === 'object') return 'optional';
  return `optional (${code(schema.default)} when left out)`;
}

/** Table cell text: pipes escaped, and "<" outside `code` escaped so GitHub does not read it as HTML. */
const cell = (text: string) =>
  text
    .split('`')
    .map((part, i) => (i % 2 === 0 ? part.replace(/</g, '&lt;') : part))
    .join('`')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

/** One table row per field, nested fields as `parent.child` and list items as `parent[].child`. */
function rows(schema: JsonSchema, prefix = ''): string[] {
  const out: string[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    out.push(
      `| ${code(path)} | ${requirement(field, required.has(name))} | ${cell(typeOf(field))} | ${cell(field.description ?? '')} |`,
    );
    if (field.type === 'object') out.push(...rows(field, `${path}.`));
    if (field.type === 'array' && field.items?.type === 'object') out.push(...rows(field.items, `${path}[].`));
  }
  return out;
}

const header = ['| Field | | Type | What to write |', '|---|---|---|---|'];

const collections: { key: EditorCollection; heading: string; where: string; intro: string }[] = [
  {
    key: 'roles',
    heading: 'Roles',
    where: 'content/roles/<slug>.mdx',
    intro:
      'The frontmatter between the two `---` lines; the Markdown after it is the body of the page. `npm run new -- role "Title"` writes a file with every field in place.',
  },
  {
    key: 'guides',
    heading: 'Guides',
    where: 'content/guides/<slug>.mdx',
    intro:
      'The frontmatter between the two `---` lines; the article follows it. `npm run new -- guide "Title"` writes a file with every field in place.',
  },
  {
    key: 'sources',
    heading: 'Sources',
    where: 'content/sources/<id>.yaml',
    intro:
      'One file per publication; the file name (without .yaml) is the id that roles, figures and `<Cite>` use. `npm run new -- source "Name"` writes one.',
  },
  {
    key: 'statistics',
    heading: 'Official statistics',
    where: 'content/statistics/<id>.yaml',
    intro:
      'One file per published edition of an official dataset (BLS Occupational Outlook Handbook 2023–33, …). Each figure is written here once; a role shows every edition\'s figures for the codes in its `occupationCodes`, the newest edition as current and older ones as superseded. The file name is the id `<Cite>` and role `sources` use. `npm run new -- statistics "BLS OOH 2025"` writes one.',
  },
  {
    key: 'families',
    heading: 'Families',
    where: 'content/families.yaml',
    intro: 'One list for the whole site; each item starts with `- id: …`.',
  },
  {
    key: 'technologies',
    heading: 'Technologies',
    where: 'content/technologies.yaml',
    intro:
      'One list for the whole site; each item starts with `- id: …`, the id roles name under `technologies` and the address of its page, `/technologies/<id>/`.',
  },
  {
    key: 'skills',
    heading: 'Skills',
    where: 'content/skills.yaml',
    intro:
      'One list for the whole site; each item starts with `- id: …`, the id roles name under `skills`. Compare pages work out what two roles share from these ids.',
  },
];

function collectionSection({ key, heading, where, intro }: (typeof collections)[number]): string[] {
  const schema = jsonSchemaOf(key);
  const fields = key in listFiles ? (schema.items ?? {}) : schema;
  return [
    `## ${heading}`,
    '',
    `\`${where}\` — ${fields.description ?? ''}`,
    '',
    intro,
    '',
    ...header,
    ...rows(fields),
    '',
  ];
}

function componentSection(component: MdxComponent): string[] {
  const attrs = component.props.map(
    (p) =>
      `| ${code(p.name)} | ${p.required ? 'required' : 'optional'} | ${cell(p.accepts.kind === 'choice' ? `one of ${p.accepts.values.map((v) => code(v)).join(', ')}` : ({ text: 'text in quotes', list: 'list: {["a", "b"]}', boolean: '{true} or {false}' }[p.accepts.kind as string] ?? p.type))} | ${cell(p.description)} |`,
  );
  return [
    `### ${component.name}`,
    '',
    component.takesContent
      ? 'Wraps text: `<' + component.name + ' …>your text</' + component.name + '>`.'
      : 'Stands alone: `<' + component.name + ' … />`.',
    '',
    ...(attrs.length ? ['| Attribute | | Value | What it does |', '|---|---|---|---|', ...attrs] : ['No attributes.']),
    '',
  ];
}

/** The whole reference, as Markdown. */
export function renderReference(projectDir: string): string {
  return [
    '# Frontmatter and component reference',
    '',
    '<!-- Generated by `npm run docs:frontmatter` from src/schemas/ and src/components/mdx/. Do not edit by hand:',
    '     change the description in the schema (.meta) or the component (Props comment), then run the command. -->',
    '',
    'Every field a content file may have, and every attribute of the components you can use in a page body. It is generated',
    'from the same definitions the checks use, so it is always up to date. How to write and submit content: [CONTRIBUTING.md](../CONTRIBUTING.md).',
    '',
    '**Required** fields must be present; **optional** ones may be left out. Text fields may not be empty and may not keep',
    'a `TODO` placeholder. A field that is not listed here is reported as unknown (usually a typo).',
    '',
    ...collections.flatMap(collectionSection),
    '## MDX components',
    '',
    'Use these in a role or guide body without importing them. Write attribute values in quotes (`role="backend-developer"`);',
    'numbers, lists and true/false go in braces (`level={2}`, `roles={["a", "b"]}`, `anchors={true}`).',
    '',
    ...loadComponents(projectDir).flatMap(componentSection),
  ].join('\n');
}

/**
 * Templates for editors working in GitHub's web editor, who cannot run "npm run new": the same
 * scaffolds, with TODO where the command would fill in the title and today's date.
 */
export function renderTemplates(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const kind of kinds) {
    const title =
      kind === 'source' || kind === 'statistics'
        ? 'TODO a short name'
        : `TODO the ${kind === 'role' ? 'job title, in sentence case' : 'headline'}`;
    files[`docs/templates/${pathFor(kind, kind).split('/')[1]}`] = scaffold(kind, title, '(no content folder)', 'TODO');
  }
  return files;
}

/** Every generated file and its text. */
export const generatedFiles = (projectDir: string): Record<string, string> => ({
  [referencePath]: renderReference(projectDir),
  ...renderTemplates(),
});

if (import.meta.main) {
  const projectDir = resolve(import.meta.dirname, '..');
  const check = process.argv.includes('--check');
  for (const [path, text] of Object.entries(generatedFiles(projectDir))) {
    const target = resolve(projectDir, path);
    if (check) {
      const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
      if (current !== text) {
        console.log(`${path} is out of date — run "npm run docs:frontmatter" and commit the result.`);
        process.exitCode = 1;
      }
    } else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
      console.log(`Wrote ${path}.`);
    }
  }
}
