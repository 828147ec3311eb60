// The small parts of the open-data export: citations, the change log, the served schemas and the field
// tables the /data/ page generates from them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { changeLog } from '../../../src/lib/open-data/change-log.ts';
import { bibtexEscape, citationBibtex, citationText } from '../../../src/lib/open-data/citation.ts';
import { fieldDocs, typeWords, type SchemaNode } from '../../../src/lib/open-data/field-docs.ts';
import { figureColumns } from '../../../src/schemas/open-data/figure-row.ts';
import { jsonSchemaOf, schemaNames } from '../../../src/schemas/open-data/served.ts';

const page = {
  key: 'backend-developer',
  title: 'Back-end developer',
  siteName: 'Career Atlas',
  url: 'https://example.org/roles/backend-developer/',
  dated: { label: 'Last reviewed', date: new Date('2026-11-23T00:00:00Z') },
};

describe('citations', () => {
  test('plain text: site, title, last-reviewed date, address, and the accessed date left to the reader', () => {
    assert.equal(
      citationText(page),
      'Career Atlas. Back-end developer. Last reviewed November 23, 2026. https://example.org/roles/backend-developer/ (accessed [date]).',
    );
    assert.equal(
      citationText({ ...page, dated: undefined }),
      'Career Atlas. Back-end developer. https://example.org/roles/backend-developer/ (accessed [date]).',
    );
  });

  test('BibTeX: a @misc entry with a corporate author, the date and a placeholder for the day read', () => {
    assert.equal(
      citationBibtex(page),
      [
        '@misc{careeratlas-backend-developer,',
        '  author = {{Career Atlas}},',
        '  title = {Back-end developer},',
        '  howpublished = {Career Atlas},',
        '  year = {2026},',
        '  note = {Last reviewed 2026-11-23},',
        '  url = {https://example.org/roles/backend-developer/},',
        '  urldate = {YYYY-MM-DD}',
        '}',
      ].join('\n'),
    );
    const undated = citationBibtex({ ...page, dated: undefined });
    assert.doesNotMatch(undated, /year|note/);
  });

  test('BibTeX escapes the characters it would otherwise read as commands, and braces stay balanced', () => {
    assert.equal(
      bibtexEscape('R&D 50% $5 #1 a_b {x} ~ ^ \\'),
      'R\\&D 50\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    const entry = citationBibtex({ ...page, title: 'C# & {F#}: 100%' });
    assert.match(entry, /title = \{C\\# \\& \\\{F\\#\\\}: 100\\%\},/);
    const unescaped = entry.replace(/\\[{}]/g, '');
    assert.equal(unescaped.split('{').length, unescaped.split('}').length);
  });
});

describe('changeLog', () => {
  const history = new Map([
    ['content/roles/cto.mdx', ['2026-11-28', '2026-11-23']],
    ['content/roles/backend-developer.mdx', ['2026-11-23']],
    ['content/statistics/bls-ooh-2024.yaml', ['2026-11-28']],
    ['content/sources/spherion.yaml', ['2026-11-23']],
    ['content/families.yaml', ['2026-11-23']],
    ['content/guides/week.mdx', ['2026-11-29']],
    ['content/README.md', ['2026-11-30']],
  ]);

  test('one entry per day, newest first, naming what changed by collection, sorted', () => {
    assert.deepEqual(changeLog(history), [
      {
        date: '2026-11-29',
        changed: { roles: [], statistics: [], sources: [], guides: ['week'], families: [] },
      },
      {
        date: '2026-11-28',
        changed: { roles: ['cto'], statistics: ['bls-ooh-2024'], sources: [], guides: [], families: [] },
      },
      {
        date: '2026-11-23',
        changed: {
          roles: ['backend-developer', 'cto'],
          statistics: [],
          sources: ['spherion'],
          guides: [],
          families: ['families'],
        },
      },
    ]);
  });

  test('is empty without history (a shallow clone), so nothing depends on the build date', () => {
    assert.deepEqual(changeLog(new Map()), []);
  });
});

describe('served schemas', () => {
  const schemas = Object.fromEntries(
    schemaNames.map((name) => [name, jsonSchemaOf(name, `https://example.org/data/schema/${name}.schema.json`)]),
  ) as Record<string, SchemaNode & Record<string, unknown>>;

  test('are JSON Schema 2020-12 with the address they are served at, and refuse unknown fields', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', name);
      assert.equal(schema.$id, `https://example.org/data/schema/${name}.schema.json`, name);
      assert.equal(schema.additionalProperties, false, name);
    }
  });

  test('describe every field, so the /data/ page documents all of them', () => {
    const undescribed: string[] = [];
    const walk = (node: SchemaNode, path: string) => {
      for (const [name, field] of Object.entries(node.properties ?? {})) {
        if (!field.description) undescribed.push(`${path}.${name}`);
        walk(field, `${path}.${name}`);
        if (field.items) walk(field.items, `${path}.${name}[]`);
      }
    };
    for (const [name, schema] of Object.entries(schemas)) walk(schema, name);
    assert.deepEqual(undescribed, []);
  });

  test('the row schema is what the CSV columns are: every value a single text, number or true/false', () => {
    const row = schemas['figure-row']!;
    assert.deepEqual(Object.keys(row.properties!), figureColumns);
    for (const [name, field] of Object.entries(row.properties!)) {
      const types = (field.anyOf ?? [field]).map((f) => f.type);
      for (const type of types) assert.ok(['string', 'number', 'integer', 'boolean'].includes(type as string), name);
    }
  });
});

describe('field tables', () => {
  const schema: SchemaNode = {
    type: 'object',
    required: ['id', 'skills'],
    properties: {
      id: { type: 'string', description: 'The id.' },
      day: { type: 'string', format: 'date', description: 'A day.' },
      skills: {
        type: 'object',
        description: 'Skills.',
        required: ['soft'],
        properties: { soft: { type: 'array', items: { type: 'string' }, description: 'Soft.' } },
      },
      year: { anyOf: [{ type: 'integer' }, { type: 'string', const: 'undated' }], description: 'Year.' },
      level: { type: 'string', enum: ['all', 'senior'], description: 'Level.' },
      figures: { type: 'array', items: { type: 'object' }, description: 'Figures.' },
    },
  };

  test('name each field, its type in words, and whether it can be absent; nested objects follow their parent', () => {
    assert.deepEqual(
      fieldDocs(schema).map((f) => [f.name, f.type, f.always]),
      [
        ['id', 'text', true],
        ['day', 'date (YYYY-MM-DD)', false],
        ['skills', 'object', true],
        ['skills.soft', 'list of texts', true],
        ['year', 'whole number or "undated"', false],
        ['level', 'one of "all", "senior"', false],
        ['figures', 'list of objects', false],
      ],
    );
    assert.deepEqual(
      fieldDocs(schema, false).map((f) => f.name),
      ['id', 'day', 'skills', 'year', 'level', 'figures'],
    );
    assert.equal(typeWords({ type: 'string', format: 'uri' }), 'web address');
  });
});
