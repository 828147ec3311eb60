// `npm run new`: the right file name, every field in place, placeholders that the content check
// refuses until they are filled in, and never an overwritten file.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { jsonSchemaOf, type JsonSchema } from '../../../scripts/content-check/json-schema.ts';

const projectDir = resolve(import.meta.dirname, '../../..');
const folders: string[] = [];
after(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the fixture content, as an editor's checkout would have it. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'new-content-'));
  folders.push(dir);
  cpSync(join(projectDir, 'tests/fixtures/content-valid'), join(dir, 'content'), { recursive: true });
  return dir;
}
const run = (script: string, args: string[], cwd: string) =>
  spawnSync(process.execPath, [join(projectDir, 'scripts', script), ...args], { cwd, encoding: 'utf8' });

/** Every field name at every depth, for "every field in place". */
const fieldNames = (schema: JsonSchema): string[] =>
  Object.entries(schema.properties ?? {}).flatMap(([name, field]) => [
    name,
    ...(field.type === 'object' ? fieldNames(field) : []),
    ...(field.type === 'array' && field.items?.type === 'object' ? fieldNames(field.items) : []),
  ]);

for (const [kind, title, file, collection] of [
  ['role', 'Data Platform Engineer', 'content/roles/data-platform-engineer.mdx', 'roles'],
  ['guide', 'Salaries: what the numbers mean', 'content/guides/salaries-what-the-numbers-mean.mdx', 'guides'],
  ['source', 'Pay Survey 2026', 'content/sources/pay-survey-2026.yaml', 'sources'],
  ['statistics', 'BLS OOH 2025', 'content/statistics/bls-ooh-2025.yaml', 'statistics'],
] as const) {
  test(`new ${kind} "${title}" writes ${file} with every field, refused by the check until filled`, () => {
    const dir = project();
    const created = run('new.ts', [kind, title], dir);
    assert.equal(created.status, 0, created.stdout + created.stderr);
    assert.match(created.stdout, new RegExp(`^Created ${file.replace(/[.]/g, '\\.')}\\.`));
    const text = readFileSync(join(dir, file), 'utf8');
    // Every field of the schema appears, as a line of YAML or as a commented-out example.
    for (const name of fieldNames(jsonSchemaOf(collection))) {
      assert.match(text, new RegExp(`^\\s*(#\\s*)?(- )?${name}:`, 'm'), `${name} is not in the scaffold`);
    }
    const check = run('check-content.ts', [], dir);
    assert.equal(check.status, 1, 'the check should refuse the placeholders');
    const lines = check.stdout.split('\n').filter((l) => l.startsWith(`${file}:`));
    assert.ok(lines.length > 0);
    for (const line of lines) assert.match(line, /still holds a TODO placeholder — \S/, line);
  });
}

test('a scaffolded role passes the check once every placeholder is filled in', () => {
  const dir = project();
  run('new.ts', ['role', 'Data Platform Engineer'], dir);
  const file = join(dir, 'content/roles/data-platform-engineer.mdx');
  // What an editor would type in place of each TODO, by field.
  const answers: Record<string, string> = {
    summary: 'Builds and runs the pipelines and storage that move an organisation’s data to the people who use it.',
    family: 'web',
    skill: 'reading',
    kind: 'self-taught',
    id: 'fso-median',
    region: 'US',
    currency: 'USD',
    amount: '61000',
    year: '2025',
    source: 'survey-a',
  };
  const filled = readFileSync(file, 'utf8')
    .replace(
      /^(\s*(?:- )?)(\w+): TODO.*$/gm,
      (_, indent: string, key: string) => `${indent}${key}: ${answers[key] ?? 'Written by the editor.'}`,
    )
    .replace(/^(\s*)- TODO.*$/gm, (_, indent: string) => `${indent}- ${indent.length > 2 ? 'A skill' : 'survey-a'}`)
    .replace(/^TODO .*$/gm, 'Two paragraphs in the editor’s own words.');
  writeFileSync(file, filled.replace('  - A skill\nproblems', '  - A duty\nproblems'));
  const check = run('check-content.ts', [], dir);
  assert.equal(check.status, 0, check.stdout);
});

test('an existing file is never overwritten', () => {
  const dir = project();
  const file = join(dir, 'content/roles/beta-role.mdx');
  const before = readFileSync(file, 'utf8');
  const again = run('new.ts', ['role', 'Beta role'], dir);
  assert.equal(again.status, 1);
  assert.equal(
    again.stdout.trim(),
    'content/roles/beta-role.mdx already exists, so nothing was written. Edit that file, or choose another title.',
  );
  assert.equal(readFileSync(file, 'utf8'), before);
});

test('a missing or unknown kind prints the usage and fails', () => {
  const dir = project();
  for (const args of [[], ['page', 'About'], ['role']]) {
    const result = run('new.ts', args, dir);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /Usage: npm run new -- role "Data engineer"/);
    assert.equal(result.stderr, '');
  }
  assert.equal(existsSync(join(dir, 'content/pages')), false);
});

test('"npm run new -- guide …" runs the script with its arguments', () => {
  // A project folder with the real "new" script, so npm writes into the copy, not the repository.
  const dir = project();
  const { scripts } = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'copy', private: true, scripts: { new: scripts.new } }),
  );
  symlinkSync(join(projectDir, 'scripts'), join(dir, 'scripts'));
  execFileSync('npm', ['run', '--silent', 'new', '--', 'guide', 'A test guide'], { cwd: dir, stdio: 'ignore' });
  assert.ok(existsSync(join(dir, 'content/guides/a-test-guide.mdx')));
});
