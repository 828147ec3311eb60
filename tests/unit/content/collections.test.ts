// The real content/ folder: every collection that src/content.config.ts defines finds files
// (a wrong glob base gives Astro an empty collection and only a warning), and the content
// checker finds no error in it.
import assert from 'node:assert/strict';
import { existsSync, globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { checkContent } from '../../../scripts/content-check/check.ts';
import { formatProblem } from '../../../scripts/content-check/problems.ts';
import type { StubLoader } from '../support/astro-stubs.ts';

const stubs = new URL('../support/astro-stubs.ts', import.meta.url).href;
registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'astro:content' || specifier === 'astro/loaders') return { url: stubs, shortCircuit: true };
    return next(specifier, context);
  },
});

/** The collections as content.config.ts defines them, read fresh (CONTENT_DIR is read at import). */
async function collections(tag: string): Promise<Record<string, { loader: StubLoader }>> {
  const config = await import(`../../../src/content.config.ts?${tag}`);
  return (config as unknown as { collections: Record<string, { loader: StubLoader }> }).collections;
}

/** How many entries a collection's loader finds on disk. */
function entriesFound(loader: StubLoader): number {
  if (loader.kind === 'glob') return globSync(loader.pattern, { cwd: resolve(loader.base) }).length;
  if (!existsSync(loader.path)) return 0;
  const data: unknown = parse(readFileSync(loader.path, 'utf8'));
  return Array.isArray(data) ? data.length : 0;
}

test('every collection in content.config.ts finds entries in content/', async () => {
  delete process.env.CONTENT_DIR;
  const found = Object.entries(await collections('default')).map(([name, { loader }]) => [name, entriesFound(loader)]);
  assert.deepEqual(found.map(([name]) => name).sort(), [
    'families',
    'guides',
    'roles',
    'skills',
    'sources',
    'statistics',
    'technologies',
  ]);
  for (const [name, count] of found)
    assert.ok(Number(count) > 0, `collection "${name}" is empty: check its loader's base in src/content.config.ts`);
});

test('CONTENT_DIR moves every collection to another folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-dir-'));
  try {
    process.env.CONTENT_DIR = dir;
    for (const [name, { loader }] of Object.entries(await collections('moved'))) {
      const where = loader.kind === 'glob' ? loader.base : loader.path;
      assert.ok(where.startsWith(dir), `collection "${name}" still reads ${where}`);
      assert.equal(entriesFound(loader), 0);
    }
  } finally {
    delete process.env.CONTENT_DIR;
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the content checker finds no error in content/', () => {
  const problems = checkContent(resolve('content'), process.cwd());
  const errors = problems.filter((p) => p.severity === 'error').map(formatProblem);
  assert.deepEqual(errors, []);
});
