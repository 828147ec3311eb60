// The real content-check CLI over a copy of tests/fixtures/content-valid with one thing changed: what an editor's
// pull request would print. Every problem line is also read by the problem matcher (problem-matcher.ts).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { assertMatcherReads } from './problem-matcher.ts';

const projectDir = resolve(import.meta.dirname, '../../..');
const fixture = join(projectDir, 'tests/fixtures/content-valid');

/** Replaces text that must be in the fixture file (so a fixture change cannot make a test pass vacuously). */
export type Change = { file: string; from: string; to: string };

export async function checkFixture(...changes: Change[]): Promise<{ code: number; lines: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'content-check-rule-'));
  try {
    cpSync(fixture, join(dir, 'content'), { recursive: true });
    for (const { file, from, to } of changes) {
      const path = join(dir, 'content', file);
      const text = readFileSync(path, 'utf8');
      assert.ok(text.includes(from), `fixture ${file} no longer contains ${JSON.stringify(from)}`);
      writeFileSync(path, text.replace(from, to));
    }
    const result = await promisify(execFile)(process.execPath, [join(projectDir, 'scripts/check-content.ts')], {
      cwd: dir,
    }).then(
      ({ stdout }) => ({ code: 0, out: stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, out: error.stdout }),
    );
    const lines = result.out.split('\n');
    for (const line of lines.filter((l) => /^(warning {2})?content\/.+?:\d+ {2}/.test(l))) assertMatcherReads(line);
    return { code: result.code, lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
