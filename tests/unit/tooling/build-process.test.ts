// `npm run build` starts Astro in a process of its own with the settings that bound a build's memory
// (scripts/lib/build-process.ts). The test runs the real scripts/build.ts; a module preloaded through NODE_OPTIONS
// stops the Astro process as it starts and reports the flags and environment it was given.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildEnv, buildNodeFlags, buildProcessEnv } from '../../../scripts/lib/build-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'build-process-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs scripts/build.ts with `args`; returns what the Astro process it started was given, or null if none started. */
function startedAstro(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const probe = join(dir, 'probe.mjs');
  writeFileSync(
    probe,
    `if (/astro\\.m?js$/.test(process.argv[1] ?? '')) {
       console.log('ASTRO ' + JSON.stringify({ execArgv: process.execArgv, args: process.argv.slice(2), purgeDelay: process.env.MIMALLOC_PURGE_DELAY ?? null }));
       process.exit(0);
     }`,
  );
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    encoding: 'utf8',
    env: { ...env, NODE_OPTIONS: `--import=${probe}` },
  });
  assert.equal(result.status, 0, result.stderr);
  const line = result.stdout.split('\n').find((l) => l.startsWith('ASTRO '));
  return line
    ? (JSON.parse(line.slice('ASTRO '.length)) as { execArgv: string[]; args: string[]; purgeDelay: string | null })
    : null;
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

  it('leaves a setting the caller chose in the environment alone', () => {
    assert.equal(startedAstro([], { ...process.env, MIMALLOC_PURGE_DELAY: '25' })?.purgeDelay, '25');
    assert.equal(buildProcessEnv({ MIMALLOC_PURGE_DELAY: '25' }).MIMALLOC_PURGE_DELAY, '25');
    assert.deepEqual(buildProcessEnv({}), { ...buildEnv });
  });
});
