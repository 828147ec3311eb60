// The content check, figure tokens in FAQ text, and the progression graph between roles.
// Each test copies tests/fixtures/content-valid, breaks one thing, runs the real CLI there and asserts the exact
// line it prints ("file:line  field  what is wrong — how to fix it"), the exit code, and that no stack trace leaks.
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { describe, test } from 'node:test';
import { A, alpha, check, edit, expectError, write } from '../support/content-copy.ts';

// Each test starts a process: run as many at once as there are cores.
const concurrency = availableParallelism();

describe('figures in FAQ text and the progression graph', { concurrency }, () => {
  test('a figure token naming no figure of the role', () =>
    expectError(
      `${A}:31  faqs[0].answer  {{salary:nope}} names no salary figure of this role — use one of fso-median`,
      edit(alpha, 'answer: No, it is a test fixture.', 'answer: It pays {{salary:nope}}.'),
    ));
  test('an amount typed into FAQ text instead of a token', () =>
    expectError(
      `${A}:31  faqs[0].answer  types the amount "$50,000" by hand — add it as a figure in salaries or outlook (with its source and year) and write {{salary:<id>}} or {{outlook:<id>}} here`,
      edit(alpha, 'answer: No, it is a test fixture.', 'answer: It pays $50,000 a year.'),
    ));
  test('a token that names a real figure passes', async () => {
    const { code, out } = await check(
      edit(alpha, 'answer: No, it is a test fixture.', 'answer: It pays {{salary:fso-median}}.'),
    );
    assert.equal(code, 0, out);
  });
  test('a role that leads to itself', () =>
    expectError(
      `${A}:28  progression.leadsTo[1]  names the role itself ("alpha-role") — remove it: a role cannot be a step from or to itself`,
      edit(alpha, 'leadsTo: [beta-role]', 'leadsTo: [beta-role, alpha-role]'),
    ));
  test('a role both before and after another', () =>
    expectError(
      `${A}:28  progression.leadsTo[0]  "beta-role" is both a next step and where people come from — keep it in one list, or move it to "related" if the move goes both ways`,
      edit(alpha, 'leadsTo: [beta-role]', 'leadsTo: [beta-role]\n  comesFrom: [beta-role]'),
    ));
});
