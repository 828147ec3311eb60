import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  byCategory,
  mentionFinder,
  readableText,
  technologyDescription,
  technologyUsage,
} from '../../../src/lib/catalog/technology-usage.ts';
import type { TechnologyEntry } from '../../../src/lib/model/entries.ts';

const entry = (id: string, name: string, category: TechnologyEntry['data']['category'], aliases: string[] = []) => ({
  id,
  data: { name, category, aliases },
});
const java = entry('java', 'Java', 'language');
const javascript = entry('javascript', 'JavaScript', 'language', ['JS']);
const go = entry('go', 'Go', 'language', ['Golang']);
const sql = entry('sql', 'SQL', 'language');
const postgres = entry('postgresql', 'PostgreSQL', 'database', ['Postgres']);
const apache = entry('apache-http-server', 'Apache HTTP Server', 'infrastructure', ['Apache']);
const struts = entry('apache-struts', 'Apache Struts', 'framework', ['Struts']);
const editor = entry('code-editor', 'Code editor', 'tool');
const csharp = entry('csharp', 'C#', 'language');
const all = [java, javascript, go, sql, postgres, apache, struts, editor, csharp];

describe('which technologies a text mentions', () => {
  const find = mentionFinder(all);

  test('a name or an alias counts, as a whole word only', () => {
    assert.deepEqual(find('Most back ends run on Postgres and some Golang.'), ['go', 'postgresql']);
    assert.deepEqual(find('JavaScript and PostgreSQL'), ['javascript', 'postgresql']);
    assert.deepEqual(find('NoSQL stores'), [], '"SQL" inside "NoSQL" is not a mention');
    assert.deepEqual(find('Learn C# first.'), ['csharp'], 'symbols in a name still match');
  });

  test('one-word names keep their capitals, so ordinary words are not mentions', () => {
    assert.deepEqual(find('Go for it.'), ['go']);
    assert.deepEqual(find('You can go far with little.'), []);
  });

  test('a name of several words also matches mid-sentence with a small first letter', () => {
    assert.deepEqual(find('Pick a code editor you like.'), ['code-editor']);
  });

  test('the longest name wins: "Apache Struts" is Struts, not also the Apache web server', () => {
    assert.deepEqual(find('Java has Apache Struts.'), ['java', 'apache-struts']);
    assert.deepEqual(find('Nginx or Apache answers the request.'), ['apache-http-server']);
  });

  test('tags, component attributes, link targets and editors’ notes are not text', () => {
    assert.equal(readableText('<Cite source="Java" /> [guide](/technologies/java/) {/* Go */}').trim(), '[guide]');
    assert.deepEqual(find('<RoleLink role="java" label="Java" /> see [SQL](/sql/) {/* Go later */}'), ['sql']);
  });
});

describe('grouping', () => {
  test('technologies are grouped by category in page order, empty groups left out', () => {
    const groups = byCategory(
      [{ technology: postgres }, { technology: go }, { technology: java }],
      (i) => i.technology,
    );
    assert.deepEqual(
      groups.map((g) => [g.label, g.items.map((i) => i.technology.id)]),
      [
        ['Programming languages', ['go', 'java']],
        ['Databases and data stores', ['postgresql']],
      ],
    );
  });
});

describe('usage', () => {
  test('each technology gets the roles that list it (with what for) and the guides that name it', () => {
    const backend = { id: 'backend', technologies: [{ technology: go, usedFor: 'APIs' }, { technology: sql }] };
    const frontend = { id: 'frontend', technologies: [{ technology: javascript }] };
    const guide = { id: 'toolbox', body: 'Start with Go, then SQL.' };
    const usage = technologyUsage([go, sql, javascript, postgres], [backend, frontend], [guide]);
    assert.deepEqual(
      usage.get('go')!.roles.map((r) => [r.role.id, r.usedFor]),
      [['backend', 'APIs']],
    );
    assert.deepEqual(
      usage.get('sql')!.guides.map((g) => g.id),
      ['toolbox'],
    );
    assert.deepEqual(usage.get('javascript')!.guides, []);
    assert.deepEqual(usage.get('postgresql')!.roles, []);
  });
});

describe('description', () => {
  test('is 50–160 characters and says who uses the technology', () => {
    for (const [roles, guides] of [
      [0, 0],
      [1, 1],
      [12, 40],
    ]) {
      const text = technologyDescription('PostgreSQL', 'Databases and data stores', roles!, guides!);
      assert.ok(text.length >= 50 && text.length <= 160, `${text.length}: ${text}`);
      assert.match(text, /^PostgreSQL/);
    }
    assert.match(technologyDescription('Go', 'Programming languages', 1, 2), /the one role that lists it/);
  });

  test('a name too long for any wording stops the build with the name', () => {
    assert.throws(() => technologyDescription('X'.repeat(170), 'Tools', 1, 1), /^Error: X+: no description of 50–160/);
  });
});
