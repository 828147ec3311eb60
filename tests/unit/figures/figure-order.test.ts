import assert from 'node:assert/strict';
import { test } from 'node:test';
import { currentFirst } from '../../../src/lib/figures/figure-order.ts';

test('current figures first, then the ones a newer figure replaces, each group in content order', () => {
  const figures = [
    { id: 'a-2022', supersededBy: 'a-2023' },
    { id: 'a-2023' },
    { id: 'b-2020', supersededBy: 'b-2023' },
    { id: 'article' },
  ];
  assert.deepEqual(
    currentFirst(figures).map((f) => f.id),
    ['a-2023', 'article', 'a-2022', 'b-2020'],
  );
});
