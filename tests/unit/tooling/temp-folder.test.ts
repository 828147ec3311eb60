// The unit tests' temporary folders go when their process exits, passed or failed, so runs do not pile up
// folders in the system's temporary folder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';

const helper = resolve('tests/unit/support/temp-folder.ts');

/** Runs a Node process that makes two folders with a file each, then ends as `ending` says; returns the folders. */
function foldersLeftBy(ending: string): string[] {
  const script = `
    import { writeFileSync } from 'node:fs';
    import { join } from 'node:path';
    import { tempFolder } from ${JSON.stringify(helper)};
    const folders = [tempFolder('temp-folder-test'), tempFolder('temp-folder-test')];
    for (const folder of folders) writeFileSync(join(folder, 'file.txt'), 'x');
    console.log(JSON.stringify(folders));
    ${ending}`;
  const run = spawnSync(process.execPath, ['--input-type=module', '--eval', script], { encoding: 'utf8' });
  const folders = JSON.parse(run.stdout.trim().split('\n')[0]!) as string[];
  assert.equal(folders.length, 2);
  return folders;
}

test('the folders are removed when the process ends normally', () => {
  for (const folder of foldersLeftBy('')) assert.equal(existsSync(folder), false, folder);
});

test('the folders are removed when the process ends with a failure', () => {
  for (const folder of foldersLeftBy('process.exitCode = 1; throw new Error("a failing test");')) {
    assert.equal(existsSync(folder), false, folder);
  }
});
