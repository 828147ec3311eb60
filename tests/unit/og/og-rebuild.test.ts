// A rebuild after one role's title changed draws that role's preview image again and copies every
// other one from the cache. Two real builds of a copy of the small fixture content (not the site's
// own, to keep the test cheap), sharing one cache folder and writing outside dist/. Astro runs in a copy of the
// checkout, so its .astro/ folder is not shared with another test file's build running at the same time.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { copyCheckout } from '../../../scripts/lib/copy-checkout.ts';
import type { CardCacheReport } from '../../../src/lib/og/card-cache-io.ts';
import { finishPagesIntegrationName } from '../../../src/integrations/finish-pages.ts';
import { reportFile } from '../../../src/integrations/preview-images.ts';

const work = mkdtempSync(join(tmpdir(), 'og-rebuild-'));
after(() => rmSync(work, { recursive: true, force: true }));
const root = copyCheckout(join(work, 'checkout'));

const contentDir = join(work, 'content');
cpSync(resolve('tests/fixtures/content-valid'), contentDir, { recursive: true });
const cacheDir = join(work, 'cache');

/** `astro build` of the copy into `out`, with the shared cache; resolves with what it drew and reused. */
function build(out: string): Promise<CardCacheReport> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        resolve('scripts/lib/astro-build.ts'),
        ...['--root', root, '--out', out, '--cache', cacheDir, '--timings', `${out}.json`, '--quiet'],
      ],
      { cwd: root, env: { ...process.env, CONTENT_DIR: contentDir }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`the build failed (exit ${code}):\n${errors}`));
      done(JSON.parse(readFileSync(join(cacheDir, 'og', reportFile), 'utf8')) as CardCacheReport);
    });
  });
}

describe('preview images across builds', () => {
  test('a changed title redraws that role’s card and nothing else; the others are copied unchanged', async () => {
    const cold = await build(join(work, 'cold'));
    const all = cold.drawn;
    assert.ok(all.includes('/og/roles/alpha-role.png'), `the fixture has a card for alpha-role: ${all.join(', ')}`);
    assert.ok(all.length >= 4, 'every role, guide and the site card');
    assert.deepEqual(cold.reused, [], 'an empty cache reuses nothing');

    const file = join(contentDir, 'roles/alpha-role.mdx');
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^title: Alpha role$/m);
    writeFileSync(file, text.replace(/^title: Alpha role$/m, 'title: Alpha role, renamed'));

    const warm = await build(join(work, 'warm'));
    assert.deepEqual(warm.drawn, ['/og/roles/alpha-role.png']);
    assert.deepEqual(
      warm.reused,
      all.filter((path) => path !== '/og/roles/alpha-role.png'),
    );
    // The benchmark's timings of the same build: each hook after the pages on its own, within the time after them.
    const timings = JSON.parse(readFileSync(join(work, 'warm.json'), 'utf8')) as {
      afterGeneratedMs: number;
      doneHooksMs: Record<string, number>;
      searchIndexMs?: number;
    };
    const hooks = Object.keys(timings.doneHooksMs);
    assert.ok(hooks.includes(finishPagesIntegrationName), `the finishing pass is timed: ${hooks.join(', ')}`);
    assert.ok((timings.searchIndexMs ?? 0) > 0, 'the search index, built after Astro, is timed on its own');
    const hooksMs = Object.values(timings.doneHooksMs).reduce((sum, ms) => sum + ms, 0);
    assert.ok(hooksMs > 0 && hooksMs <= timings.afterGeneratedMs, `${hooksMs} ms of ${timings.afterGeneratedMs}`);
    for (const path of all) {
      const same = readFileSync(join(work, 'cold', path)).equals(readFileSync(join(work, 'warm', path)));
      assert.equal(same, path !== '/og/roles/alpha-role.png', `${path} ${same ? 'is unchanged' : 'changed'}`);
    }
  });
});
