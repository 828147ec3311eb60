// The benchmark divides build time by the pages it finds, so it must find them all, however many there are.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { htmlFiles } from '../../../scripts/lib/built-pages.ts';

test('every built page is counted, even when their paths run past a megabyte', () => {
  const dist = mkdtempSync(join(tmpdir(), 'html-files-'));
  // 12,000 pages with paths as long as a 5,000-role site's compare pages: about 1.3 MB of paths in all.
  const folder = (i: number) =>
    `compare/bench-role-${String(i).padStart(5, '0')}-vs-bench-role-${String(i + 1).padStart(5, '0')}-side-by-side`;
  for (let i = 0; i < 12_000; i++) {
    mkdirSync(join(dist, folder(i)), { recursive: true });
    writeFileSync(join(dist, folder(i), 'index.html'), '');
  }
  writeFileSync(join(dist, 'compare', 'chart.svg'), '');
  try {
    const files = htmlFiles(dist);
    // What `find` would print: every path from the folder it was given, a line each.
    const printed = files.map((file) => `${join(dist, file)}\n`).join('');
    assert.ok(printed.length > 1024 * 1024, 'the paths pass spawnSync’s default output buffer');
    assert.equal(files.length, 12_000);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
