// The content check, the command itself: file names, every problem in one run, a missing folder.
// Each test copies tests/fixtures/content-valid, breaks one thing, runs the real CLI there and asserts the exact
// line it prints ("file:line  field  what is wrong — how to fix it"), the exit code, and that no stack trace leaks.
import assert from 'node:assert/strict';
import { rmSync, cpSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { A, alpha, append, check, contentPath, edit, expectError, write } from '../support/content-copy.ts';

// Each test starts a process: run as many at once as there are cores.
const concurrency = availableParallelism();

describe('file rules', { concurrency }, () => {
  test('a file name that is not a page address (and would collide with another)', () =>
    expectError(
      'content/roles/Beta Role.mdx:1  (file name)  "Beta Role" cannot be a page address: use lowercase letters, digits and hyphens — beta-role.mdx already has the address "beta-role": merge the two files or pick another name',
      (dir) => cpSync(contentPath(dir, 'roles/beta-role.mdx'), contentPath(dir, 'roles/Beta Role.mdx')),
      edit('roles/Beta Role.mdx', 'title: Beta role', 'title: Beta role again'),
      edit('roles/Beta Role.mdx', 'summary: A second', 'summary: Another second'),
    ));
  test('a file the site would not read', () =>
    expectError(
      'content/guides/notes.md:1  (file name)  is not read: only .mdx files in content/guides/ are — rename it to notes.mdx',
      write('guides/notes.md', '# Notes\n'),
    ));
});

describe('the command itself', { concurrency }, () => {
  test('every problem is reported in one run, across files', async () => {
    const { code, out } = await check(
      edit(alpha, 'currency: USD', 'currency: DOLLARS'),
      append('roles/beta-role.mdx', '<Chart />'),
      edit('guides/first-guide.mdx', 'author: Fixture editors', 'author: TODO'),
    );
    assert.equal(code, 1);
    assert.match(out, /^content\/guides\/first-guide\.mdx:5 {2}author {2}still holds a TODO placeholder/m);
    assert.match(out, /^content\/roles\/alpha-role\.mdx:20 {2}salaries\[0\]\.currency /m);
    assert.match(out, /^content\/roles\/beta-role\.mdx:24 {2}<Chart> /m);
    assert.match(out, /3 error\(s\), 0 warning\(s\)/);
  });
  test('a missing content folder is a message, not a crash', async () => {
    const { code, out, err } = await check((dir) => rmSync(join(dir, 'content'), { recursive: true }));
    assert.equal(code, 2);
    assert.equal(out.trim(), 'check:content: there is no folder content — run the command from the project folder.');
    assert.equal(err, '');
  });
});
