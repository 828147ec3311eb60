import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFixture } from './run-check.ts';

test('{{salary:headline}} in a FAQ answer names the role’s headline pay, so the check accepts it', async () => {
  const { code, lines } = await checkFixture({
    file: 'roles/alpha-role.mdx',
    from: 'answer: No, it is a test fixture.',
    to: 'answer: No, it is a test fixture; it pays {{salary:headline}}.',
  });
  assert.equal(code, 0, lines.join('\n'));
});
