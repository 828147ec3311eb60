// `npm run build` starts Astro in a process of its own with the settings that bound a build's memory
// (scripts/lib/build-process.ts), then, once it has ended, the search index in another (scripts/search-index.ts).
// The test runs the real scripts/build.ts; a module preloaded through NODE_OPTIONS stops each process as it starts
// and reports what it was given.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildEnv, buildNodeFlags, buildProcessEnv } from '../../../scripts/lib/build-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'build-process-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Started {
  execArgv: string[];
  args: string[];
  purgeDelay: string | null;
}

/**
 * Runs scripts/build.ts with `args`, the Astro process exiting with `astroExit`; returns what the Astro process and
 * the search index's were given, in the order they started (or null for one that did not start).
 */
function startedSteps(args: string[], env: NodeJS.ProcessEnv = process.env, astroExit = 0) {
  const probe = join(dir, 'probe.mjs');
  writeFileSync(
    probe,
    `const step = /astro\\.m?js$/.test(process.argv[1] ?? '') ? 'ASTRO' : /search-index\\.ts$/.test(process.argv[1] ?? '') ? 'INDEX' : null;
     if (step) {
       console.log(step + ' ' + JSON.stringify({ execArgv: process.execArgv, args: process.argv.slice(2), purgeDelay: process.env.MIMALLOC_PURGE_DELAY ?? null }));
       process.exit(step === 'ASTRO' ? ${astroExit} : 0);
     }`,
  );
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    encoding: 'utf8',
    env: { ...env, NODE_OPTIONS: `--import=${probe}` },
  });
  const lines = result.stdout.split('\n').filter((l) => /^(ASTRO|INDEX) /.test(l));
  const find = (step: string) => {
    const line = lines.find((l) => l.startsWith(`${step} `));
    return line ? (JSON.parse(line.slice(step.length + 1)) as Started) : null;
  };
  return {
    status: result.status,
    stderr: result.stderr,
    order: lines.map((l) => l.split(' ')[0]),
    astro: find('ASTRO'),
    index: find('INDEX'),
  };
}

/** What the Astro process was given, the build having passed. */
function startedAstro(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const run = startedSteps(args, env);
  assert.equal(run.status, 0, run.stderr);
  return run.astro;
}

describe('npm run build (scripts/build.ts)', () => {
  it('is what the build script runs after the content check', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    assert.equal(scripts.build, 'npm run check:content && node scripts/build.ts');
  });

  it('starts `astro build` with the V8 flags and the allocator setting, passing its arguments on', () => {
    const { MIMALLOC_PURGE_DELAY: _, ...withoutPurge } = process.env;
    const astro = startedAstro(['--verbose'], withoutPurge);
    assert.ok(astro, 'no Astro process was started');
    assert.deepEqual(astro.execArgv, [...buildNodeFlags]);
    assert.ok(astro.execArgv.includes('--heap-growing-percent=50'));
    assert.deepEqual(astro.args, ['build', '--verbose']);
    assert.equal(astro.purgeDelay, '0');
  });

  it('builds the search index of the output folder once Astro has ended, in a process of its own', () => {
    const run = startedSteps(['--verbose']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.order, ['ASTRO', 'INDEX']);
    assert.deepEqual(run.index?.args, ['dist']);
    assert.deepEqual(run.index?.execArgv, [], 'the index has no need of the build’s heap settings');
    assert.deepEqual(startedSteps(['--outDir', 'elsewhere']).index?.args, ['elsewhere']);
    assert.deepEqual(startedSteps(['--outDir=elsewhere']).index?.args, ['elsewhere']);
  });

  it('builds no index when Astro fails, and fails with Astro’s exit code', () => {
    const run = startedSteps([], process.env, 3);
    assert.equal(run.status, 3);
    assert.deepEqual(run.order, ['ASTRO']);
  });

  it('leaves a setting the caller chose in the environment alone', () => {
    assert.equal(startedAstro([], { ...process.env, MIMALLOC_PURGE_DELAY: '25' })?.purgeDelay, '25');
    assert.equal(buildProcessEnv({ MIMALLOC_PURGE_DELAY: '25' }).MIMALLOC_PURGE_DELAY, '25');
    assert.deepEqual(buildProcessEnv({}), { ...buildEnv });
  });
});
