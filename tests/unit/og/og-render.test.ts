import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import type { Card } from '../../../src/lib/og/card.ts';
import { cardSvg, svgToPng } from '../../../src/lib/og/draw-io.ts';
import { splitShadows } from '../../../src/lib/og/shadow-layer.ts';

const shadow =
  '<mask id="satori_ms-id-1-0" maskUnits="userSpaceOnUse"><rect width="10" height="10" fill="#fff"/></mask>' +
  '<defs><filter id="satori_s-id-1-0"><feGaussianBlur stdDeviation="2"/></filter></defs>' +
  '<g mask="url(#satori_ms-id-1-0)" filter="url(#satori_s-id-1-0)"><path d="M1,1h5v5h-5z"/></g>';
const root = '<svg width="10" height="10" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">';

describe('card shadows drawn apart', () => {
  it('cuts each shadow out of the SVG and puts it alone on a canvas of the same size', () => {
    const svg = `${root}<rect width="10" height="10" fill="#123"/>${shadow}<path d="M1,1h4v4h-4z"/></svg>`;
    assert.deepEqual(splitShadows(svg), {
      body: `${root}<rect width="10" height="10" fill="#123"/><path d="M1,1h4v4h-4z"/></svg>`,
      shadows: `${root}${shadow}</svg>`,
    });
  });

  it('leaves an SVG without a shadow to be drawn whole', () => {
    assert.equal(splitShadows(`${root}<path d="M1,1h4v4h-4z"/></svg>`), undefined);
  });

  it('draws a card that looks the same as drawing its shadow in place', async () => {
    const card: Card = {
      eyebrow: 'Software engineering',
      title: 'Back-end developer',
      summary: 'Builds and runs the server-side code, databases and APIs behind websites and apps.',
      highlight: { label: 'Median pay', value: '$130,160 a year', detail: 'United States · 2023', source: 'BLS' },
      siteName: 'Career Atlas',
    };
    const svg = await cardSvg(card);
    assert.ok(splitShadows(svg), 'satori still writes the shadow the way shadow-layer.ts expects');
    const inPlace = await sharp(Buffer.from(svg)).raw().toBuffer();
    const apart = await sharp(Buffer.from(await svgToPng(svg)))
      .raw()
      .toBuffer();
    assert.equal(apart.length, inPlace.length);
    let rounding = 0;
    let largest = 0;
    for (let i = 0; i < inPlace.length; i++) {
      const difference = Math.abs(inPlace[i]! - apart[i]!);
      if (difference > 1) rounding += 1;
      largest = Math.max(largest, difference);
    }
    // Only rounding where the shadow is laid over the background, and the anti-aliased edge of the box.
    assert.ok(rounding < inPlace.length / 1000, `${rounding} channel values differ by more than 1`);
    assert.ok(largest <= 16, `a channel differs by ${largest}`);
  });
});
