import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { AstroIntegration } from 'astro';
import { filesAfterPages, writeFilesAfterPages } from '../../../src/integrations/files-after-pages.ts';
import { takeFilesAfterPages, writeAfterPages } from '../../../src/lib/open-data/files-after-pages.ts';
import { tempFolder } from '../support/temp-folder.ts';

const outDir = () => tempFolder('after-pages');

const logged: string[] = [];
const logger = { info: (message: string) => logged.push(message) };

const run = (integration: AstroIntegration, hook: 'astro:build:start' | 'astro:build:done', dir: string) =>
  (integration.hooks as Record<string, (options: unknown) => unknown>)[hook]!({
    dir: pathToFileURL(`${dir}/`),
    logger,
  });

describe('files written after the pages', () => {
  it('writes each file from its pieces, in order, making its folders', async () => {
    const dir = outDir();
    const sizes = await writeFilesAfterPages(
      [{ path: 'data/figures.json', parts: () => ['{"rows": [', '1,', '2', ']}\n'] }],
      dir,
    );
    assert.equal(readFileSync(join(dir, 'data/figures.json'), 'utf8'), '{"rows": [1,2]}\n');
    assert.deepEqual(sizes, [16]);
  });

  it('makes each piece once the file has taken all but the last two: no file is held whole', async () => {
    const dir = outDir();
    const file = join(dir, 'big.csv');
    const piece = 'x'.repeat(1 << 20);
    const writtenWhenMade: number[] = [];
    function* parts() {
      for (let i = 0; i < 8; i++) {
        writtenWhenMade.push(existsSync(file) ? statSync(file).size / piece.length : 0);
        yield piece;
      }
    }
    await writeFilesAfterPages([{ path: 'big.csv', parts }], dir);
    writtenWhenMade.forEach((written, made) =>
      assert.ok(
        written >= made - 3,
        `piece ${made} was made with ${written} pieces written: ${writtenWhenMade.join(' ')}`,
      ),
    );
  });

  it('writes text past Latin-1 as UTF-8', async () => {
    const dir = outDir();
    await writeFilesAfterPages([{ path: 'a.csv', parts: () => ['Développeur,', '€'] }], dir);
    assert.equal(readFileSync(join(dir, 'a.csv'), 'utf8'), 'Développeur,€');
  });

  it('writes what a route handed over during the build once the pages are written', async () => {
    const dir = outDir();
    const integration = filesAfterPages(['data/figures.json', 'data/figures.csv']);
    await run(integration, 'astro:build:start', dir);
    writeAfterPages([{ path: 'data/figures.json', parts: () => ['{}\n'] }]);
    writeAfterPages([{ path: 'data/figures.csv', parts: () => ['a,b\n'] }]);
    await run(integration, 'astro:build:done', dir);
    assert.equal(readFileSync(join(dir, 'data/figures.json'), 'utf8'), '{}\n');
    assert.equal(readFileSync(join(dir, 'data/figures.csv'), 'utf8'), 'a,b\n');
    assert.match(
      logged.at(-1)!,
      /data\/figures\.json \(0\.0 MB\), data\/figures\.csv \(0\.0 MB\) written after the pages/,
    );
    assert.deepEqual(takeFilesAfterPages(), [], 'nothing is left for the next build');
  });

  it('stops the build, naming the file and the route, when a file it expects was not handed over', async () => {
    const dir = outDir();
    const integration = filesAfterPages(['data/figures.json', 'data/figures.csv']);
    writeAfterPages([{ path: 'data/figures.csv', parts: () => ['left over from an earlier build\n'] }]);
    await run(integration, 'astro:build:start', dir);
    writeAfterPages([{ path: 'data/figures.json', parts: () => ['{}\n'] }]);
    await assert.rejects(
      async () => run(integration, 'astro:build:done', dir),
      /^Error: data\/figures\.csv was not made: the route that writes it \(src\/pages\/data\/\) did not hand it over/,
    );
    assert.equal(existsSync(join(dir, 'data')), false, 'nothing is written from a build that stops');
  });
});
