import assert from 'node:assert/strict';
import { test } from 'node:test';
import { glossary, termSegments } from '../../../src/lib/page/glossary.ts';

test('the glossary explains every term the issue named, each under its own anchor', () => {
  const ids = glossary.map((entry) => entry.id);
  for (const id of ['occupation-code', 'counted-under', 'superseded', 'context-figure', 'job-zone', 'median'])
    assert.ok(ids.includes(id as (typeof ids)[number]), id);
  assert.equal(new Set(ids).size, ids.length, 'no anchor twice');
});

test('generated text is cut where it names a term, keeping every character', () => {
  const text = 'Software developers (U.S. SOC 15-1252); the role is counted under this occupation';
  const parts = termSegments(text);
  assert.equal(parts.map((p) => p.text).join(''), text);
  assert.deepEqual(
    parts.filter((p) => p.term),
    [{ text: 'counted under', term: 'counted-under' }],
  );
  assert.deepEqual(termSegments('superseded by the 2023 figure')[0], { text: 'superseded', term: 'superseded' });
  assert.deepEqual(termSegments('no term here'), [{ text: 'no term here' }]);
});
