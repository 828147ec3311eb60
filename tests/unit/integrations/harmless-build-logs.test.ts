import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutHarmlessLogs } from '../../../src/integrations/harmless-build-logs.ts';

const passed = (log: { code?: string; message: string }) => {
  const seen: unknown[] = [];
  withoutHarmlessLogs('warn', log, (_level, l) => seen.push(l));
  return seen.length === 1;
};

describe('the build log without known-harmless lines', () => {
  it('drops the warning about Astro’s own head-inject directive in an MDX page', () => {
    const message =
      'The semantics of the module level directive "use astro:head-inject" in "content/roles/web-developer.mdx?astroPropagatedAssets" may not be preserved when bundling.';
    assert.equal(passed({ code: 'MODULE_LEVEL_DIRECTIVE', message }), false);
  });

  it('keeps any other module-level directive and every other warning', () => {
    assert.equal(passed({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'directive "use client" in "x.ts"' }), true);
    assert.equal(passed({ code: 'CIRCULAR_DEPENDENCY', message: 'a -> b -> a' }), true);
  });
});
