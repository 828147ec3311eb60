// A chart is drawn once per build for its file and the pages that show it; its picture is let go once its
// file has it, so a large build does not carry every role's pictures through the role pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drawingStore } from '../../../src/lib/charts/drawing-store.ts';

function counted(svg: string | undefined) {
  let draws = 0;
  const draw = () => {
    draws += 1;
    return svg === undefined ? undefined : { svg, shape: { width: svg.length } };
  };
  return { draw, draws: () => draws };
}

test('a page asks first: drawn once, its picture held until the file takes it', () => {
  const store = drawingStore<{ width: number }>();
  const chart = counted('<svg>a</svg>');
  assert.deepEqual(store.shape('a', chart.draw), { width: 12 });
  assert.deepEqual(store.shape('a', chart.draw), { width: 12 });
  assert.equal(store.heldPictures, 1);
  assert.equal(store.svg('a', chart.draw), '<svg>a</svg>');
  assert.equal(chart.draws(), 1);
  assert.equal(store.heldPictures, 0);
});

test('the file asks first, as in a build: drawn once, no picture held for the pages after it', () => {
  const store = drawingStore<{ width: number }>();
  const chart = counted('<svg>b</svg>');
  assert.equal(store.svg('b', chart.draw), '<svg>b</svg>');
  assert.equal(store.heldPictures, 0);
  assert.deepEqual(store.shape('b', chart.draw), { width: 12 });
  assert.equal(chart.draws(), 1);
});

test('a file asked for again (astro dev) is drawn again, not lost', () => {
  const store = drawingStore<{ width: number }>();
  const chart = counted('<svg>c</svg>');
  store.shape('c', chart.draw);
  store.svg('c', chart.draw);
  assert.equal(store.svg('c', chart.draw), '<svg>c</svg>');
  assert.equal(chart.draws(), 2);
});

test('nothing to draw is remembered as nothing, without drawing again', () => {
  const store = drawingStore<{ width: number }>();
  const chart = counted(undefined);
  assert.equal(store.shape('d', chart.draw), undefined);
  assert.equal(store.shape('d', chart.draw), undefined);
  assert.equal(store.heldPictures, 0);
  assert.equal(chart.draws(), 1);
});

test('keys are kept apart', () => {
  const store = drawingStore<{ width: number }>();
  store.shape('wide', counted('<svg>wide</svg>').draw);
  store.shape('narrow', counted('<svg>n</svg>').draw);
  assert.equal(store.svg('narrow', counted('<svg>other</svg>').draw), '<svg>n</svg>');
  assert.equal(store.heldPictures, 1);
});
