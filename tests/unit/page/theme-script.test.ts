// The theme script: small, valid JavaScript, and allowed by the Content Security Policy by its hash.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { themeControlId, themeScript, themeScriptHash } from '../../../src/lib/page/theme-script.ts';

// Its size budget is checked on the built pages, in tests/e2e/no-js.spec.ts.
test('the theme script is valid JavaScript', () => {
  assert.doesNotThrow(() => new Function(themeScript));
});

test('its CSP hash is the SHA-256 of exactly the text the page carries', () => {
  assert.equal(themeScriptHash, `sha256-${createHash('sha256').update(themeScript).digest('base64')}`);
});

test('it listens to the control the header renders', () => {
  assert.ok(themeScript.includes(`'${themeControlId}'`));
});
