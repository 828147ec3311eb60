// When a profile counts as brief: no figure at all and fewer than three sections its sources describe.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completeness } from '../../../src/lib/profile/completeness.ts';
import { coverageOf } from '../../../src/lib/profile/role-sections.ts';

const none = { progression: 0, guides: 0, skillKind: () => 'technical' };

test('a profile with two described sections and no figure is brief', () => {
  const c = completeness(coverageOf({ duties: ['a'], skills: [{ skill: 'b' }] }, none));
  assert.equal(c.describedSections, 2);
  assert.equal(c.hasFigure, false);
  assert.equal(c.brief, true);
  assert.deepEqual(
    c.sections.filter((s) => !s.covered).map((s) => s.label),
    ['problems it solves', 'technologies', 'education and certifications', 'work environment', 'pay', 'job outlook'],
  );
});

test('a third described section, or a single official figure, makes it a full profile', () => {
  assert.equal(
    completeness(coverageOf({ duties: ['a'], skills: [{ skill: 'b' }], problems: ['c'] }, none)).brief,
    false,
  );
  const official = { ...none, official: { salaries: 1, outlook: 0, entry: 0 } };
  assert.equal(completeness(coverageOf({ duties: ['a'] }, official)).brief, false);
});

test('official entry requirements count as education', () => {
  const official = { ...none, official: { salaries: 0, outlook: 0, entry: 1 } };
  assert.equal(completeness(coverageOf({}, official)).sections.find((s) => s.id === 'education')!.covered, true);
});
