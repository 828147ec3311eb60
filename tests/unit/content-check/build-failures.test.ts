// A deliberately broken copy of content/ must fail the real `npm run build` the way an editor
// can act on: non-zero exit, one line naming file:line, the field, what is wrong and how to fix
// it, no stack trace, and nothing built. The checker fails before Astro starts, so these are fast;
// the build is pointed at a temporary outDir anyway, so dist/ is never touched.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

const root = process.cwd();
const temps: string[] = [];
after(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface Copy {
  /** The copy's content folder (named content/, so messages read content/roles/…). */
  contentDir: string;
  /** Where a build would write, if it ever got that far. */
  outDir: string;
  /** Replace the first `from` in a content file (path relative to content/); returns the 1-based line of `to`. */
  edit(file: string, from: string, to: string): number;
}

function contentCopy(): Copy {
  const dir = mkdtempSync(join(tmpdir(), 'broken-content-'));
  temps.push(dir);
  const contentDir = join(dir, 'content');
  cpSync(join(root, 'content'), contentDir, { recursive: true });
  return {
    contentDir,
    outDir: join(dir, 'dist'),
    edit(file, from, to) {
      const path = join(contentDir, file);
      const text = readFileSync(path, 'utf8');
      const at = text.indexOf(from);
      // Fail loudly if the content changed under the test, rather than test an unbroken copy.
      assert.notEqual(at, -1, `content/${file} no longer contains ${JSON.stringify(from)}: update this test`);
      writeFileSync(path, text.slice(0, at) + to + text.slice(at + from.length));
      return text.slice(0, at).split('\n').length;
    },
  };
}

interface Run {
  code: number | null;
  output: string;
}

/** Runs an npm script with CONTENT_DIR set, collecting stdout and stderr together. */
function npm(args: string[], contentDir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd: root, env: { ...process.env, CONTENT_DIR: contentDir } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The checker's problem lines: "file:line  field  message — fix". */
const problemLines = (output: string) => output.split('\n').filter((line) => /^\S+:\d+ {2}\S/.test(line));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds the broken copy and asserts it fails with exactly one problem matching `expected`. */
async function assertBuildFails(copy: Copy, expected: RegExp) {
  const { code, output } = await npm(['run', 'build', '--', '--outDir', copy.outDir], copy.contentDir);
  assert.notEqual(code, 0, `the build passed:\n${output}`);
  const problems = problemLines(output);
  assert.equal(problems.length, 1, `expected one problem for one mistake, got:\n${problems.join('\n')}`);
  assert.match(problems[0]!, expected);
  assert.match(problems[0]!, / — \S.+$/, 'the message says how to fix it');
  assert.doesNotMatch(output, /^\s+at\s/m, `a stack trace was printed:\n${output}`);
  assert.match(output, /Nothing was published/);
  assert.equal(existsSync(copy.outDir), false, 'Astro ran although the content is invalid');
}

describe('npm run build refuses broken content', { concurrency: true }, () => {
  test('the unbroken copy passes the checker (so each failure below comes from its one change)', async () => {
    const { code, output } = await npm(['run', 'check:content'], contentCopy().contentDir);
    assert.equal(code, 0, output);
    assert.deepEqual(problemLines(output), []);
  });

  test('a role missing a required field', async () => {
    const copy = contentCopy();
    const line = readFileSync(join(copy.contentDir, 'roles/senior-developer.mdx'), 'utf8').match(/^summary: .*\n/m)![0];
    copy.edit('roles/senior-developer.mdx', line, '');
    await assertBuildFails(copy, /^content\/roles\/senior-developer\.mdx:\d+ {2}summary {2}is missing — /);
  });

  test('a salary range whose min is greater than its max', async () => {
    const copy = contentCopy();
    const line = copy.edit('roles/senior-developer.mdx', 'min: 55000', 'min: 75000');
    await assertBuildFails(
      copy,
      new RegExp(
        `^content/roles/senior-developer\\.mdx:${line} {2}salaries\\[0\\]\\.min {2}min \\(75000\\) is greater than max \\(70000\\) — swap them$`,
      ),
    );
  });

  test('a progression reference to a role that does not exist', async () => {
    const copy = contentCopy();
    const line = copy.edit('roles/senior-developer.mdx', 'comesFrom: [backend-developer]', 'comesFrom: [chief-wizard]');
    await assertBuildFails(
      copy,
      new RegExp(
        `^content/roles/senior-developer\\.mdx:${line} {2}progression\\.comesFrom\\[0\\] {2}"chief-wizard" does not exist — use an existing id \\(.*backend-developer.*\\) or create ${escape('content/roles/chief-wizard.mdx')}$`,
      ),
    );
  });

  test('a salary figure citing a source that does not exist', async () => {
    const copy = contentCopy();
    const line = copy.edit(
      'roles/senior-developer.mdx',
      'source: french-job-profile\n',
      'source: french-job-profile-2030\n',
    );
    await assertBuildFails(
      copy,
      new RegExp(
        `^content/roles/senior-developer\\.mdx:${line} {2}salaries\\[0\\]\\.source {2}"french-job-profile-2030" does not exist — did you mean "french-job-profile"\\?$`,
      ),
    );
  });

  test('an amount written as text is called the wrong type, not missing', async () => {
    const copy = contentCopy();
    const line = copy.edit('roles/senior-developer.mdx', 'amount: 68.27', 'amount: "68 dollars"');
    await assertBuildFails(
      copy,
      new RegExp(
        `^content/roles/senior-developer\\.mdx:${line} {2}salaries\\[1\\]\\.amount {2}should be a number \\("68 dollars"\\) — `,
      ),
    );
  });

  test('a statistics file with growth written as text', async () => {
    const copy = contentCopy();
    const line = copy.edit('statistics/bls-ooh-2023.yaml', 'growthPercent: 17', 'growthPercent: "17"');
    await assertBuildFails(
      copy,
      new RegExp(
        `^content/statistics/bls-ooh-2023\\.yaml:${line} {2}occupations\\[0\\]\\.projections\\.growthPercent {2}is not a number — write the percentage as digits, without the % sign$`,
      ),
    );
  });

  test('a statistics file with a code that is not a SOC code', async () => {
    const copy = contentCopy();
    const line = copy.edit('statistics/bls-ooh-2022.yaml', 'codes: [15-1244]', 'codes: [15-12440]');
    await assertBuildFails(
      copy,
      new RegExp(
        `^content/statistics/bls-ooh-2022\\.yaml:${line} {2}occupations\\[2\\]\\.codes\\[0\\] {2}"15-12440" is not a U\\.S\\. SOC 2018 code — write it like "15-1252"$`,
      ),
    );
  });

  test('a statistics file without the year its wages refer to', async () => {
    const copy = contentCopy();
    const line = copy.edit(
      'statistics/bls-ooh-2023.yaml',
      'wages: { year: 2023, month: May }',
      'wages: { month: May }',
    );
    await assertBuildFails(
      copy,
      new RegExp(
        `^content/statistics/bls-ooh-2023\\.yaml:${line} {2}wages\\.year {2}is not a year — write the year as four digits, for example 2023$`,
      ),
    );
  });

  test('a role naming an occupation code that no statistics file gives figures for', async () => {
    const copy = contentCopy();
    const line = copy.edit('roles/database-administrator.mdx', 'code: 15-1242\n', 'code: 15-1249\n');
    await assertBuildFails(
      copy,
      new RegExp(
        `^content/roles/database-administrator\\.mdx:${line} {2}occupationCodes\\[0\\]\\.code {2}no file in content/statistics/ gives figures for U\\.S\\. SOC 2018 15-1249 — did you mean 15-124\\d\\? `,
      ),
    );
  });

  test('a misspelt technology id, with the technology it was probably meant to be', async () => {
    const copy = contentCopy();
    const line = copy.edit('roles/backend-developer.mdx', 'technology: postgresql\n', 'technology: postgressql\n');
    await assertBuildFails(
      copy,
      new RegExp(
        `^content/roles/backend-developer\\.mdx:${line} {2}technologies\\[\\d+\\]\\.technology {2}"postgressql" does not exist — did you mean "postgresql"\\?$`,
      ),
    );
  });

  test("a technology written by its other name is pointed to the entry's id", async () => {
    const copy = contentCopy();
    const line = copy.edit('roles/senior-developer.mdx', 'technology: aws\n', 'technology: amazon-web-services\n');
    await assertBuildFails(
      copy,
      new RegExp(
        `^content/roles/senior-developer\\.mdx:${line} {2}technologies\\[\\d+\\]\\.technology {2}"amazon-web-services" does not exist — did you mean "aws"\\?$`,
      ),
    );
  });

  test('a skill that content/skills.yaml does not have', async () => {
    const copy = contentCopy();
    const line = copy.edit('roles/devops-engineer.mdx', 'skill: devops\n', 'skill: devopps\n');
    await assertBuildFails(
      copy,
      new RegExp(
        `^content/roles/devops-engineer\\.mdx:${line} {2}skills\\[0\\]\\.skill {2}"devopps" does not exist — did you mean "devops"\\?$`,
      ),
    );
  });

  test('a role typing in a figure of an official edition instead of mapping its code', async () => {
    const copy = contentCopy();
    const line = copy.edit('roles/backend-developer.mdx', 'source: remote-tech-jobs\n', 'source: bls-ooh-2023\n');
    await assertBuildFails(
      copy,
      new RegExp(
        `^content/roles/backend-developer\\.mdx:${line} {2}salaries\\[0\\]\\.source {2}cites the statistics edition "bls-ooh-2023", whose figures are written once in content/statistics/bls-ooh-2023\\.yaml — `,
      ),
    );
  });
});
