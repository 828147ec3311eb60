// Every endpoint in src/pages writes a file (an image, a chart, data, a feed), and `astro dev` serves a route as a
// file only when the route's own file name carries the extension (`[name].json.ts`): with trailingSlash 'always',
// `[file].ts` built the same files but answered 404 in dev, where it asked for "/backend-developer.json/".
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';

const endpoints = readdirSync('src/pages', { recursive: true, encoding: 'utf8' }).filter((file) =>
  /\.(ts|js|mjs)$/.test(file),
);

/** The extension the route's name carries, with its dynamic parts taken out: "[role].svg.ts" → "svg". */
const routeExtension = (file: string) =>
  /\.([a-z0-9]+)$/i.exec(file.replace(/\.(ts|js|mjs)$/, '').replace(/\[[^\]]*\]/g, ''))?.[1];

test('the site has endpoints to check', () => {
  assert.ok(endpoints.length >= 10, `found ${endpoints.length}`);
});

test("every endpoint's file name carries the extension of what it writes, so that astro dev serves it", () => {
  const without = endpoints.filter((file) => !routeExtension(file));
  assert.deepEqual(without, [], 'name each as "<name>.<extension>.ts", e.g. "[name].json.ts"');
});

test('the check tells a dynamic extension from a literal one', () => {
  assert.equal(routeExtension('data/roles/[name].json.ts'), 'json');
  assert.equal(routeExtension('data/roles/[file].ts'), undefined);
  assert.equal(routeExtension('data/roles/[name].[ext].ts'), undefined);
});
