// Change history from git: one log for the folder, dates per file newest first, renames followed,
// and nothing at all where there is no usable history.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readGitHistory } from '../../../src/lib/io/git-history.ts';
import { tempFolder } from '../support/temp-folder.ts';

const temp = () => tempFolder('page-history');

/** A repository whose commits carry the given dates, so the expected history is known. */
function repository(): string {
  const dir = temp();
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: dir,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Editor',
        GIT_AUTHOR_EMAIL: 'e@example.org',
        GIT_COMMITTER_NAME: 'Editor',
        GIT_COMMITTER_EMAIL: 'e@example.org',
        ...(date ? { GIT_AUTHOR_DATE: `${date}T10:00:00Z`, GIT_COMMITTER_DATE: `${date}T10:00:00Z` } : {}),
      },
    });
  const commit = (date: string) => {
    git(['add', '-A']);
    git(['commit', '-q', '-m', `change on ${date}`], date);
  };
  git(['init', '-q']);
  mkdirSync(join(dir, 'content/roles'), { recursive: true });
  writeFileSync(
    join(dir, 'content/roles/old-name.mdx'),
    'first version of a page that is long enough to be followed through a rename\n'.repeat(5),
  );
  writeFileSync(join(dir, 'content/roles/other.mdx'), 'another page\n');
  writeFileSync(join(dir, 'README.md'), 'not content\n');
  commit('2024-03-01');
  writeFileSync(
    join(dir, 'content/roles/old-name.mdx'),
    'second version of a page that is long enough to be followed through a rename\n'.repeat(5),
  );
  commit('2025-06-15');
  // Two commits on one day count as one day of changes.
  writeFileSync(join(dir, 'content/roles/other.mdx'), 'another page, edited\n');
  commit('2025-06-15');
  writeFileSync(join(dir, 'content/roles/other.mdx'), 'another page, edited twice\n');
  commit('2025-06-15');
  renameSync(join(dir, 'content/roles/old-name.mdx'), join(dir, 'content/roles/new-name.mdx'));
  commit('2026-01-20');
  writeFileSync(join(dir, 'README.md'), 'still not content\n');
  commit('2026-02-02');
  return dir;
}

test('dates of the commits that touched each file, newest first, renames followed', () => {
  const dir = repository();
  const history = readGitHistory(dir);
  assert.deepEqual(history.get('content/roles/new-name.mdx'), ['2026-01-20', '2025-06-15', '2024-03-01']);
  assert.deepEqual(history.get('content/roles/other.mdx'), ['2025-06-15', '2024-03-01']);
  assert.equal(history.has('README.md'), false, 'only the content folder is read');
});

test('a shallow clone has no usable history, so no dates are shown', () => {
  const source = repository();
  const clone = join(temp(), 'clone');
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${source}`, clone], { stdio: 'ignore' });
  assert.equal(readGitHistory(clone).size, 0);
});

test('a folder that is not a repository gives an empty history, not an error', () => {
  const dir = temp();
  mkdirSync(join(dir, 'content'));
  assert.equal(readGitHistory(dir).size, 0);
});
