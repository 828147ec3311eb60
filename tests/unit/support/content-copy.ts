// Copies of a content folder for the content-check tests: break one thing, run the real CLI, read what it prints.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after } from 'node:test';
import { promisify } from 'node:util';
import { assertMatcherReads } from '../content-check/problem-matcher.ts';

export const projectDir = resolve(import.meta.dirname, '../../..');
/** The small valid site every rule test starts from. */
export const fixtureContent = join(projectDir, 'tests/fixtures/content-valid');
/** The real content, for tests that must hold on what editors actually edit. */
export const realContent = join(projectDir, 'content');
const cli = join(projectDir, 'scripts/check-content.ts');
const run = promisify(execFile);

const folders: string[] = [];
after(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A change to a copy; `dir` holds the copy's content/ folder. */
export type Change = (dir: string) => void;
const path = (dir: string, file: string) => join(dir, 'content', file);

/** Replace the first `from`, which must be in the file (so a content change cannot make a test pass vacuously). */
export const edit =
  (file: string, from: string, to: string): Change =>
  (dir) => {
    const text = readFileSync(path(dir, file), 'utf8');
    assert.ok(text.includes(from), `${file} no longer contains ${JSON.stringify(from)}: update this test`);
    writeFileSync(path(dir, file), text.replace(from, to));
  };
/** Add lines at the end of a body after a blank line: line 41 of alpha-role.mdx, line 24 of beta-role.mdx. */
export const append =
  (file: string, text: string): Change =>
  (dir) =>
    writeFileSync(path(dir, file), `${readFileSync(path(dir, file), 'utf8')}\n${text}\n`);
export const write =
  (file: string, text: string): Change =>
  (dir) =>
    writeFileSync(path(dir, file), text);

/** The 1-based line of the first `text` in a file of `content`. */
export function lineOf(content: string, file: string, text: string): number {
  const source = readFileSync(join(content, file), 'utf8');
  const at = source.indexOf(text);
  assert.notEqual(at, -1, `${file} no longer contains ${JSON.stringify(text)}: update this test`);
  return source.slice(0, at).split('\n').length;
}

export interface CheckRun {
  code: number;
  out: string;
  err: string;
}

/** Copy `content` (the fixture unless told), apply the changes, run `npm run check:content`'s script there. */
export async function checkCopy(changes: Change[], content = fixtureContent): Promise<CheckRun> {
  const dir = mkdtempSync(join(tmpdir(), 'content-check-'));
  folders.push(dir);
  cpSync(content, join(dir, 'content'), { recursive: true });
  for (const change of changes) change(dir);
  // The copy is checked as ./content: a CONTENT_DIR set for the test run must not redirect it.
  const { CONTENT_DIR: _ignored, ...env } = process.env;
  const result = await run(process.execPath, [cli], { cwd: dir, env }).then(
    ({ stdout, stderr }) => ({ code: 0, out: stdout, err: stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      out: error.stdout,
      err: error.stderr,
    }),
  );
  readByMatcher(result.out);
  return result;
}

/** Every "file:line  …" line, warnings too, must become a note on the pull request (problem-matcher.ts). */
const readByMatcher = (out: string): void =>
  out
    .split('\n')
    .filter((line) => /^(warning {2})?content\/.+?:\d+ {2}/.test(line))
    .forEach((line) => assertMatcherReads(line));

/** No stack trace and nothing on stderr: what an editor sees is the problem lines only. */
export function assertNoCrash({ out, err }: CheckRun): void {
  assert.doesNotMatch(out + err, /^\s+at .+:\d+:\d+\)?$/m, 'a stack trace was printed');
  assert.equal(err, '');
}

/** The CLI fails with exactly this problem line among its output, and prints no stack trace. */
export async function expectError(line: string, ...changes: Change[]): Promise<void> {
  const result = await checkCopy(changes);
  assert.equal(result.code, 1, `expected exit 1, got ${result.code}:\n${result.out}${result.err}`);
  assert.ok(result.out.split('\n').includes(line), `expected the line\n  ${line}\nin\n${result.out}`);
  assertMatcherReads(line); // and the pull request shows it as a note on that file and line
  assertNoCrash(result);
}

/** `checkCopy` of the fixture with these changes. */
export const check = (...changes: Change[]): Promise<CheckRun> => checkCopy(changes);
/** A file of a copy's content folder. */
export const contentPath = path;
/** The fixture role most rule tests break, and its path as the CLI prints it. */
export const alpha = 'roles/alpha-role.mdx';
export const A = 'content/roles/alpha-role.mdx';
