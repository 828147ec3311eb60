// The frontmatter reference is generated from the schemas; these tests fail when the committed
// file and the schemas disagree, or when a field or component attribute has no description to show.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { loadComponents } from '../../../scripts/content-check/components.ts';
import {
  editorSchemas,
  jsonSchemaOf,
  type EditorCollection,
  type JsonSchema,
} from '../../../scripts/content-check/json-schema.ts';
import { generatedFiles, referencePath, renderReference } from '../../../scripts/frontmatter-reference.ts';

const projectDir = resolve(import.meta.dirname, '../../..');

test('the committed reference and templates match the schemas, components and scaffolds (run "npm run docs:frontmatter")', () => {
  const files = generatedFiles(projectDir);
  assert.ok(files[referencePath]);
  assert.deepEqual(
    Object.keys(files).sort(),
    [
      referencePath,
      'docs/templates/guide.mdx',
      'docs/templates/role.mdx',
      'docs/templates/source.yaml',
      'docs/templates/statistics.yaml',
    ].sort(),
  );
  for (const [path, text] of Object.entries(files))
    assert.equal(readFileSync(resolve(projectDir, path), 'utf8'), text, `${path} is out of date`);
});

/** Every field path with its schema, list items included. */
function fields(schema: JsonSchema, prefix = ''): [string, JsonSchema][] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]): [string, JsonSchema][] => [
    [`${prefix}${name}`, field],
    ...(field.type === 'object' ? fields(field, `${prefix}${name}.`) : []),
    ...(field.type === 'array' && field.items?.type === 'object' ? fields(field.items, `${prefix}${name}[].`) : []),
  ]);
}

test('every field of every collection has a description in its schema', () => {
  for (const collection of Object.keys(editorSchemas) as EditorCollection[]) {
    const schema = jsonSchemaOf(collection);
    const root = collection === 'families' ? schema.items! : schema;
    const undocumented = fields(root)
      .filter(([, field]) => !field.description)
      .map(([name]) => name);
    assert.deepEqual(undocumented, [], `${collection}: add .meta({ description }) to these fields`);
  }
});

test('the reference lists every field the schemas define', () => {
  const reference = renderReference(projectDir);
  for (const collection of Object.keys(editorSchemas) as EditorCollection[]) {
    const schema = jsonSchemaOf(collection);
    for (const [name] of fields(collection === 'families' ? schema.items! : schema))
      assert.ok(reference.includes(`| \`${name}\` |`), `${collection}.${name} is missing`);
  }
});

test('every attribute of every MDX component has a description', () => {
  const undocumented = loadComponents(projectDir).flatMap((c) =>
    c.props.filter((p) => !p.description).map((p) => `${c.name}.${p.name}`),
  );
  assert.deepEqual(undocumented, [], 'add a /** comment */ above these props');
});
