// The theme script: small, valid JavaScript, and allowed by the Content Security Policy by its hash.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { themeControlId, themeScript, themeScriptHash } from '../../../src/lib/page/theme-script.ts';

// Its size budget is checked on the built pages, in tests/e2e/no-js.spec.ts.
test('the theme script is valid JavaScript', () => {
  assert.doesNotThrow(() => new Function(themeScript));
});

test('its CSP hash is the SHA-256 of exactly the text the page carries', async () => {
  // The layout must inline the very string that was hashed, and register that hash: any change to the text on
  // the way (trimmed, wrapped, escaped) would make the browser refuse the script.
  const layout = readFileSync(resolve(import.meta.dirname, '../../../src/layouts/BaseLayout.astro'), 'utf8');
  assert.match(layout, /<script is:inline set:html=\{themeScript\} \/>/);
  assert.match(layout, /insertScriptHash\(themeScriptHash\)/);
  // Hashed here with WebCrypto over the UTF-8 bytes, not with the implementation's own expression.
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(themeScript));
  assert.equal(themeScriptHash, `sha256-${Buffer.from(digest).toString('base64')}`);
  assert.match(themeScriptHash, /^sha256-[A-Za-z0-9+/]{43}=$/);
});

test('it listens to the control the header renders', () => {
  assert.ok(themeScript.includes(`'${themeControlId}'`));
});
