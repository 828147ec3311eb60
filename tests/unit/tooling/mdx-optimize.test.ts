// astro.config.mjs compiles MDX with `optimize`, which turns each static part of a page into one HTML string.
// Components handed to <Content components={…}> are not known to it: one mapped to a plain HTML element
// (`a: Link`) would be skipped wherever that element sits in static text. This keeps the map to components.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';

const projectDir = resolve(import.meta.dirname, '../../..');

function mdxComponentKeys(indexSource: string): string[] {
  const body = /export const mdxComponents = \{([^}]*)\}/.exec(indexSource)?.[1];
  assert.ok(body !== undefined, 'src/components/mdx/index.ts exports mdxComponents as an object literal');
  return body
    .split(',')
    .map((entry) => entry.split(':')[0]!.trim())
    .filter(Boolean);
}

test('the MDX components map only capitalised names, no plain HTML element', () => {
  const config = readFileSync(resolve(projectDir, 'astro.config.mjs'), 'utf8');
  assert.match(config, /mdx\(\{ optimize: true \}\)/, 'MDX is compiled with optimize');
  const keys = mdxComponentKeys(readFileSync(resolve(projectDir, 'src/components/mdx/index.ts'), 'utf8'));
  assert.ok(keys.length > 5, `found the components: ${keys.join(', ')}`);
  const elements = keys.filter((key) => !/^[A-Z]/.test(key));
  assert.deepEqual(
    elements,
    [],
    'name each such element in mdx({ optimize: { ignoreElementNames } }) in astro.config.mjs',
  );
});

test('an element mapped to a component is found', () => {
  assert.deepEqual(mdxComponentKeys('export const mdxComponents = {\n  Callout,\n  a: Link,\n};'), ['Callout', 'a']);
});
