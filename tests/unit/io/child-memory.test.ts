// The search index step reads Pagefind's peak memory from /proc while Pagefind still runs: nothing waits for its
// process, so the memory its parent is charged for never includes it (src/lib/io/child-memory.ts).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { childrenPeakKb } from '../../../src/lib/io/child-memory.ts';

test(
  'gives the high-water mark of a running child, and nothing once it has ended',
  { skip: !existsSync('/proc/self/status') },
  async () => {
    assert.equal(childrenPeakKb(), undefined, 'no child yet');
    // A child that fills 200 MB, says so, then waits for its input to close.
    const child = spawn(
      process.execPath,
      [
        '-e',
        "const b = Buffer.alloc(200 * 1024 * 1024, 1); console.log('ready', b[0]); process.stdin.resume(); process.stdin.on('end', () => process.exit(0));",
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    await once(child.stdout, 'data');
    const peak = childrenPeakKb();
    assert.ok(peak !== undefined && peak >= 200 * 1024, `the child's peak is at least 200 MB: ${peak} KB`);
    assert.ok(peak < 2 * 1024 * 1024, 'and not this process’s own or anything else’s');
    child.stdin.end();
    await once(child, 'exit');
    assert.equal(childrenPeakKb(), undefined, 'an ended child is not counted');
  },
);
