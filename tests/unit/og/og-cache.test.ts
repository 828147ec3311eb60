import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cardCacheKey, type CardDrawing } from '../../../src/lib/og/cache-key.ts';
import { CardCache } from '../../../src/lib/og/card-cache-io.ts';
import type { Card } from '../../../src/lib/og/card.ts';
import { tempFolder } from '../support/temp-folder.ts';

const tempDir = () => tempFolder('og-cache');

const drawing = (change: Partial<CardDrawing> = {}): CardDrawing => ({
  tree: { type: 'div', props: { style: { fontSize: 76, color: '#fff' }, children: 'Back-end developer' } },
  options: { width: 1200, height: 630, png: { compressionLevel: 6 } },
  fonts: [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5])],
  renderer: { satori: '0.63.2', sharp: '0.35.5', vips: '8.18.7' },
  ...change,
});

describe('a preview image’s cache key', () => {
  it('is the same for the same drawing, and a SHA-256 in hex', () => {
    assert.equal(cardCacheKey(drawing()), cardCacheKey(drawing()));
    assert.match(cardCacheKey(drawing()), /^[0-9a-f]{64}$/);
  });

  it('changes with anything that changes the pixels: text, layout, options, font bytes, renderer versions', () => {
    const base = cardCacheKey(drawing());
    const variants: Partial<CardDrawing>[] = [
      { tree: { type: 'div', props: { style: { fontSize: 76, color: '#fff' }, children: 'Front-end developer' } } },
      { tree: { type: 'div', props: { style: { fontSize: 64, color: '#fff' }, children: 'Back-end developer' } } },
      { options: { width: 1200, height: 630, png: { compressionLevel: 9 } } },
      { fonts: [new Uint8Array([1, 2, 3]), new Uint8Array([4, 6])] },
      { fonts: [new Uint8Array([4, 5]), new Uint8Array([1, 2, 3])] },
      { renderer: { satori: '0.64.0', sharp: '0.35.5', vips: '8.18.7' } },
      { renderer: { satori: '0.63.2', sharp: '0.35.5', vips: '8.19.0' } },
    ];
    const keys = variants.map((change) => cardCacheKey(drawing(change)));
    for (const key of keys) assert.notEqual(key, base);
    assert.equal(new Set(keys).size, keys.length);
  });

  it('tells apart style orders that draw differently (a shorthand after a longhand wins)', () => {
    const a = { type: 'div', props: { style: { paddingTop: 4, padding: 8 } } };
    const b = { type: 'div', props: { style: { padding: 8, paddingTop: 4 } } };
    assert.notEqual(cardCacheKey(drawing({ tree: a })), cardCacheKey(drawing({ tree: b })));
  });
});

/** A valid cache key, different for each n. */
const key = (n: number) => n.toString(16).padStart(64, '0');

describe('the preview image cache', () => {
  it('draws an image once, then copies it; the report names what was drawn and what reused', async () => {
    const dir = join(tempDir(), 'og');
    let draws = 0;
    const draw = async () => {
      draws += 1;
      return new Uint8Array([137, 80, 78, 71, draws]);
    };
    const first = new CardCache(dir);
    const drawn = await first.png(key(1), '/og/roles/a.png', draw);
    assert.deepEqual(first.report(), { drawn: ['/og/roles/a.png'], reused: [] });

    const second = new CardCache(dir);
    const reused = await second.png(key(1), '/og/roles/a.png', draw);
    await second.png(key(2), '/og/roles/b.png', draw);
    assert.deepEqual(reused, drawn);
    assert.equal(draws, 2);
    assert.deepEqual(second.report(), { drawn: ['/og/roles/b.png'], reused: ['/og/roles/a.png'] });
  });

  it('stores nothing when drawing fails, so a later build draws again', async () => {
    const dir = join(tempDir(), 'og');
    const cache = new CardCache(dir);
    await assert.rejects(
      cache.png(key(3), '/og/x.png', () => Promise.reject(new Error('satori failed'))),
      /satori failed/,
    );
    assert.deepEqual(existsSync(dir) ? readdirSync(dir) : [], []);
  });

  it('draws identical cards once within a build', async () => {
    const cache = new CardCache(join(tempDir(), 'og'));
    let draws = 0;
    const draw = async () => {
      draws += 1;
      await new Promise((done) => setTimeout(done, 10));
      return new Uint8Array([draws]);
    };
    await Promise.all([cache.png(key(4), '/og/a.png', draw), cache.png(key(4), '/og/b.png', draw)]);
    assert.equal(draws, 1);
  });

  it('keeps no drawn image once it is written: a later identical card is read back from disk', async () => {
    const cache = new CardCache(join(tempDir(), 'og'));
    let draws = 0;
    let drawingDuringDraw = 0;
    const draw = async () => {
      await new Promise((done) => setTimeout(done, 1));
      drawingDuringDraw = cache.drawing;
      return new Uint8Array([++draws]);
    };
    await cache.png(key(5), '/og/a.png', draw);
    assert.equal(drawingDuringDraw, 1);
    assert.equal(cache.drawing, 0);
    assert.deepEqual(await cache.png(key(5), '/og/b.png', draw), new Uint8Array([1]));
    assert.equal(draws, 1);
    assert.deepEqual(cache.report(), { drawn: ['/og/a.png'], reused: ['/og/b.png'] });
  });

  it('refuses a key that is not a hash (it becomes a file name)', async () => {
    const cache = new CardCache(join(tempDir(), 'og'));
    await assert.rejects(
      cache.png('../../etc/passwd', '/og/x.png', async () => new Uint8Array()),
      /SHA-256/,
    );
  });

  it('deletes images no build has used for the set time, and nothing else', async () => {
    const dir = tempDir();
    const old = Date.now() / 1000 - 60 * 24 * 3600;
    const files = {
      usedNow: `${key(10)}.png`,
      unusedOld: `${key(11)}.png`,
      unusedRecent: `${key(12)}.png`,
      partialOld: `${key(13)}.png.1234.partial`,
      otherOld: 'notes.txt',
    };
    for (const name of Object.values(files)) writeFileSync(join(dir, name), 'x');
    for (const name of [files.usedNow, files.unusedOld, files.partialOld, files.otherOld])
      utimesSync(join(dir, name), old, old);
    const cache = new CardCache(dir);
    await cache.png(key(10), '/og/used.png', async () => new Uint8Array());
    assert.equal(await cache.prune(), 2);
    assert.deepEqual(readdirSync(dir).sort(), [files.usedNow, files.unusedRecent, files.otherOld].sort());
  });
});

describe('preview images drawn beside the pages (drawLater, copyLater)', () => {
  const card = (title: string): Card => ({ title, summary: 'A summary.', siteName: 'Career Atlas' });
  /** A drawer that writes the card's title as the "image", and counts its calls; `called(n)` waits for the nth. */
  const fakeDrawer = () => {
    const calls: string[] = [];
    const waiting: { count: number; done: () => void }[] = [];
    const drawTo = async (drawn: Card, file: string) => {
      calls.push(drawn.title);
      for (const wait of waiting.filter((w) => w.count <= calls.length)) wait.done();
      await new Promise((done) => setTimeout(done, 5));
      writeFileSync(file, drawn.title);
    };
    // Bounded, so a drawer that is never called fails the test instead of hanging it.
    const called = (count: number) =>
      new Promise<void>((done, fail) => {
        if (calls.length >= count) return done();
        const timer = setTimeout(
          () => fail(new Error(`the drawer was called ${calls.length} times, not ${count}`)),
          2000,
        );
        waiting.push({ count, done: () => (clearTimeout(timer), done()) });
      });
    return { calls, drawTo, called };
  };

  it('starts each drawing when handed over and copies it to its path in the output once asked', async () => {
    const dir = tempDir();
    const { calls, drawTo, called } = fakeDrawer();
    const cache = new CardCache(join(dir, 'og'), drawTo);
    cache.drawLater(key(20), card('Alpha'), 'og/roles/alpha.png');
    cache.drawLater(key(21), card('Beta'), 'og/guides/beta.png');
    assert.deepEqual(calls, [], 'the drawer is called once the cache has looked for the file');
    // Both start without copyLater; in either order, since the cache looks for the two files at once.
    await called(2);
    assert.deepEqual([...calls].sort(), ['Alpha', 'Beta'], 'both drawn before copyLater was called');

    const out = join(dir, 'dist');
    assert.equal(await cache.copyLater(out), 2);
    assert.equal(readFileSync(join(out, 'og/roles/alpha.png'), 'utf8'), 'Alpha');
    assert.equal(readFileSync(join(out, 'og/guides/beta.png'), 'utf8'), 'Beta');
    assert.deepEqual(cache.report(), { drawn: ['/og/guides/beta.png', '/og/roles/alpha.png'], reused: [] });
    assert.equal(await cache.copyLater(out), 0, 'each card is copied once');
  });

  it('reuses a cached image and draws an identical card once', async () => {
    const dir = tempDir();
    const { calls, drawTo } = fakeDrawer();
    const first = new CardCache(join(dir, 'og'), drawTo);
    first.drawLater(key(22), card('Alpha'), 'og/roles/alpha.png');
    first.drawLater(key(22), card('Alpha'), 'og/roles/alpha-copy.png');
    await first.copyLater(join(dir, 'one'));
    assert.deepEqual(calls, ['Alpha']);

    const second = new CardCache(join(dir, 'og'), drawTo);
    second.drawLater(key(22), card('Alpha'), 'og/roles/alpha.png');
    await second.copyLater(join(dir, 'two'));
    assert.deepEqual(calls, ['Alpha'], 'the second build draws nothing');
    assert.deepEqual(second.report(), { drawn: [], reused: ['/og/roles/alpha.png'] });
    assert.equal(readFileSync(join(dir, 'two/og/roles/alpha.png'), 'utf8'), 'Alpha');
  });

  it('names the image that could not be drawn, keeps nothing of it, and fails only when asked', async () => {
    const dir = tempDir();
    const cache = new CardCache(join(dir, 'og'), async (_card, file) => {
      writeFileSync(file, 'half');
      throw new Error('satori failed');
    });
    cache.drawLater(key(23), card('Alpha'), 'og/roles/alpha.png');
    // The drawing fails long before copyLater: an unhandled rejection would end this test's process here.
    await new Promise((done) => setTimeout(done, 20));
    await assert.rejects(
      cache.copyLater(join(dir, 'dist')),
      /preview image \/og\/roles\/alpha\.png could not be drawn: satori failed/,
    );
    assert.deepEqual(readdirSync(join(dir, 'og')), [], 'no partial file is left');
  });

  it('refuses to draw later without a drawer', () => {
    const cache = new CardCache(join(tempDir(), 'og'));
    assert.throws(() => cache.drawLater(key(24), card('Alpha'), 'og/roles/alpha.png'), /needs a drawer/);
  });
});
