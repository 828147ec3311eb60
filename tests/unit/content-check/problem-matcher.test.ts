// The pull request shows an editor's mistake on the editor's line only if the problem matcher reads the content
// check's lines. Every rule's real line is run through it in tests/unit/content-check.test.ts (expectError); here,
// the format itself, and the checker's output over a broken copy of the real content, line by line.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { formatProblem, type Problem } from '../../../scripts/content-check/problems.ts';
import { annotate, assertMatcherReads } from './problem-matcher.ts';

const projectDir = resolve(import.meta.dirname, '../../..');
const problem = (overrides: Partial<Problem>): Problem => ({
  file: 'content/roles/data-engineer.mdx',
  line: 7,
  field: 'family',
  message: '"datta" does not exist',
  fix: 'did you mean "data"?',
  severity: 'error',
  ...overrides,
});

describe('the problem matcher reads every line the checker formats', () => {
  it('an error: file, line, and field, message and fix as the note', () => {
    const note = assertMatcherReads(formatProblem(problem({})));
    assert.equal(note.message, 'family  "datta" does not exist — did you mean "data"?');
  });

  it('a warning is a warning note, not an error', () => {
    assert.equal(assertMatcherReads(formatProblem(problem({ severity: 'warning' }))).severity, 'warning');
  });

  it('fields with spaces, messages with colons and numbers, files in any content folder', () => {
    for (const p of [
      problem({ field: '<Cite> source', message: 'line 3: "x" at 12:30 does not exist' }),
      problem({ file: 'content/statistics/bls-ooh-2024.yaml', line: 120, field: 'occupations[3].pay' }),
      problem({ file: 'content/guides/My Guide.mdx', line: 1, field: '(file name)' }),
    ])
      assertMatcherReads(formatProblem(p));
  });

  it('reads nothing from the summary, the completeness table or other tools’ output', () => {
    for (const line of [
      'check:content: 2 error(s), 0 warning(s). Nothing was published; fix the errors above and run "npm run check:content" again.',
      'backend-developer                   ✓      ✓      full',
      'src/lib/x.ts:12:3 - error ts(2322): Type "a" is not assignable',
      '',
    ])
      assert.deepEqual(annotate(line), [], line);
  });
});

describe('over the checker’s real output on broken content', () => {
  const folders: string[] = [];
  after(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('every problem line becomes one note on its file and line; no other line does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'matcher-'));
    folders.push(dir);
    cpSync(join(projectDir, 'content'), join(dir, 'content'), { recursive: true });
    const role = join(dir, 'content/roles/data-engineer.mdx');
    const text = readFileSync(role, 'utf8');
    writeFileSync(role, text.replace(/^family: .*$/m, 'family: datta').replace(/^summary: .*$/m, 'summary: Short.'));
    const out = await promisify(execFile)(process.execPath, [join(projectDir, 'scripts/check-content.ts')], {
      cwd: dir,
    }).then(
      () => assert.fail('the broken copy passed the check'),
      (error: { stdout: string }) => error.stdout,
    );
    const lines = out.split('\n');
    // A problem line names a file and a line; the "skipped" line after a schema failure names only the file.
    const problems = lines.filter((line) => /^(warning {2})?content\/\S+:\d+ {2}/.test(line));
    assert.ok(problems.filter((line) => line.startsWith('content/roles/data-engineer.mdx:')).length >= 2, out);
    for (const line of problems) assertMatcherReads(line);
    for (const line of lines.filter((l) => !problems.includes(l))) assert.deepEqual(annotate(line), [], line);
  });
});
