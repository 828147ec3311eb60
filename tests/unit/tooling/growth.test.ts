// The benchmark's cost per added page: the step from each size to the next smaller one, whatever order
// the sizes were measured in, so a fixed cost shared by every size drops out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { costPerAddedUnit } from '../../../scripts/lib/growth.ts';

test('a fixed cost drops out: linear work costs the same per added unit at every step', () => {
  // 500 ms at every size, then 3 ms a page.
  const points = [100, 1000, 5000].map((units) => ({ units, cost: 500 + 3 * units }));
  assert.deepEqual(costPerAddedUnit(points), [undefined, 3, 3]);
});

test('work that grows faster than the units shows as a rising cost per added unit', () => {
  const points = [100, 200, 400].map((units) => ({ units, cost: units * units }));
  assert.deepEqual(costPerAddedUnit(points), [undefined, 300, 600]);
});

test('each size is compared with the next smaller one, in whatever order they were measured', () => {
  const points = [
    { units: 5000, cost: 15_500 },
    { units: 100, cost: 800 },
    { units: 1000, cost: 3500 },
  ];
  assert.deepEqual(costPerAddedUnit(points), [3, undefined, 3]);
});
