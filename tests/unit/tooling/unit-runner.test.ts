// `npm run test:unit -- <files>` runs only the files given, with the compile cache every test process shares,
// and fails when a test fails.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

// Without the variable Node's runner sets for the files it runs, the nested run reports as it would from a shell.
const { NODE_TEST_CONTEXT: _parent, ...shell } = process.env;
const runner = (...files: string[]) =>
  spawnSync(process.execPath, ['scripts/test-unit.ts', ...files], { encoding: 'utf8', env: shell });

test('runs only the files it is given, with the shared compile cache', () => {
  const run = runner('tests/fixtures/unit-runner/reports-environment.test.ts');
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /tests 1\b/);
  assert.match(run.stdout, /pass 1\b/);
});

test('a failing test fails the run', () => {
  const run = runner(
    'tests/fixtures/unit-runner/reports-environment.test.ts',
    'tests/fixtures/unit-runner/fails.test.ts',
  );
  assert.equal(run.status, 1);
  assert.match(run.stdout, /tests 2\b/);
  assert.match(run.stdout, /fail 1\b/);
});
