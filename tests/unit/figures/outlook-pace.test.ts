import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paceWording } from '../../../src/lib/figures/outlook-pace.ts';

test('an official pace is quoted as BLS prints it; an editor’s label stays as written', () => {
  assert.equal(paceWording({ label: 'as fast as average', official: {} }), '(As fast as average)');
  assert.equal(paceWording({ label: 'steady demand' }), 'steady demand');
  assert.equal(paceWording({ official: {} }), undefined);
});
