// Issue 21: an editor's content mistake reaches the pull request first, as notes on their lines, and the preview a
// pull request builds sends "Suggest an edit" to the pull request's own repository and branch.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';

const projectDir = resolve(import.meta.dirname, '../../..');
interface Step {
  name?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync(resolve(projectDir, '.github/workflows/ci.yml'), 'utf8')) as {
  jobs: { test: { steps: Step[] } };
};
const steps = workflow.jobs.test.steps;
const index = (test: (step: Step) => boolean, what: string) => {
  const i = steps.findIndex(test);
  assert.ok(i >= 0, `ci.yml has no step that ${what}`);
  return i;
};

describe('CI', () => {
  it('runs the content check as its own step right after install, with the problem matcher around it', () => {
    const install = index((s) => /^npm (install|ci)\b/.test(s.run ?? ''), 'installs');
    const check = index((s) => /npm run check:content/.test(s.run ?? ''), 'runs the content check');
    assert.equal(check, install + 1, 'the content check comes right after install');
    const run = steps[check]!.run!;
    assert.ok(
      run.indexOf('::add-matcher::.github/content-check-matcher.json') < run.indexOf('npm run check:content'),
      'the matcher is added before the check runs',
    );
    assert.match(run, /::remove-matcher owner=content-check-error::/);
    const test = index((s) => s.run === 'npm test', 'runs npm test');
    assert.ok(check < test);
    assert.ok(!steps.slice(0, check).some((s) => /add-matcher/.test(s.run ?? '')), 'no other matcher step before');
  });

  it('npm test runs the content check before astro check', () => {
    const scripts = (
      JSON.parse(readFileSync(resolve(projectDir, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    assert.match(scripts.test!, /^npm run check:content && npm run check\b/);
  });

  it('builds the preview with edit links to the pull request’s repository and branch', () => {
    const env = steps.find((s) => s.run === 'npm test')?.env ?? {};
    assert.match(env.REPOSITORY_URL ?? '', /github\.event\.pull_request\.head\.repo\.full_name/);
    assert.match(env.REPOSITORY_BRANCH ?? '', /github\.head_ref/);
  });
});
