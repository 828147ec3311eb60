// A new folder in the system's temporary folder, removed when the test file's process exits. Node's test runner
// runs each file in a process of its own, so a whole run leaves nothing behind, even when a test fails or a
// folder is made at the top of a file; a hook of the test runner would run too early or too late for one of those.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

export function tempFolder(prefix: string): string {
  if (made.length === 0) process.once('exit', removeAll);
  const folder = mkdtempSync(join(tmpdir(), `${prefix}-`));
  made.push(folder);
  return folder;
}

function removeAll(): void {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
}
