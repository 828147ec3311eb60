// The worker thread that draws a build's preview cards: it must draw exactly what the build's own thread would,
// report a failure with its reason, and never hold a finished process open.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Card } from '../../../src/lib/og/card.ts';
import { CardDrawer } from '../../../src/lib/og/card-drawer.ts';
import { drawCard } from '../../../src/lib/og/draw-io.ts';
import { tempFolder } from '../support/temp-folder.ts';

const card = (title: string): Card => ({
  eyebrow: 'Software engineering',
  title,
  summary: 'Builds and runs the server side of websites and apps.',
  highlight: { label: 'Median pay', value: '$1 a year', detail: 'United States · 2024', source: 'BLS' },
  siteName: 'Career Atlas',
});

describe('the preview-card worker', () => {
  it('draws the same PNG, byte for byte, as drawing on the build’s own thread', async () => {
    const dir = tempFolder('card-drawer');
    const drawer = new CardDrawer();
    try {
      const cards = [card('Back-end developer'), card('Front-end developer'), card('Data engineer')];
      await Promise.all(cards.map((each, i) => drawer.draw(each, join(dir, `${i}.png`))));
      for (const [i, each] of cards.entries())
        assert.deepEqual(new Uint8Array(readFileSync(join(dir, `${i}.png`))), await drawCard(each), each.title);
    } finally {
      await drawer.close();
    }
  });

  it('fails a card with the reason the worker gave, and goes on drawing the next', async () => {
    const dir = tempFolder('card-drawer');
    const drawer = new CardDrawer();
    try {
      await assert.rejects(drawer.draw(card('Lost'), join(dir, 'no-such-folder', 'x.png')), /ENOENT/);
      await drawer.draw(card('Found'), join(dir, 'found.png'));
      assert.ok(readFileSync(join(dir, 'found.png')).length > 1000);
    } finally {
      await drawer.close();
    }
  });

  it('fails a card still waiting when the worker is closed', async () => {
    const drawer = new CardDrawer();
    const waiting = assert.rejects(
      drawer.draw(card('Late'), join(tempFolder('card-drawer'), 'late.png')),
      /closed before the card was drawn/,
    );
    await drawer.close();
    await waiting;
  });

  it('lets a process that is done exit without closing it', () => {
    const dir = tempFolder('card-drawer');
    const file = join(dir, 'done.png');
    // A file, not --eval: a worker starts with its process's flags, and --input-type is refused for a file.
    const script = join(dir, 'draw-one.mjs');
    writeFileSync(
      script,
      `import { CardDrawer } from ${JSON.stringify(new URL('../../../src/lib/og/card-drawer.ts', import.meta.url).href)};` +
        `await new CardDrawer().draw(${JSON.stringify(card('Done'))}, ${JSON.stringify(file)});` +
        `console.log('drawn');`,
    );
    const run = spawnSync(process.execPath, [script], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(run.signal, null, `the process was still running after 30 s: ${run.stderr}`);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), 'drawn');
  });
});
