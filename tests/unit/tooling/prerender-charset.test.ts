// The code that renders the pages is bundled with non-ASCII characters escaped (astro.config.mjs). V8 keeps a
// module's source text while the module is loaded, and a single curly quote or dash makes it store the whole text
// at two bytes a character; every role's compiled profile has some, so at 1,000 roles the escaped sources take
// about 50 MB less of the build's memory (README, the tenth pass). The rendered pages are the same either way.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import config from '../../../astro.config.mjs';

// The bundler Vite itself builds with (Vite depends on its own Rolldown, which may differ from the one Astro
// depends on).
const requireFromVite = createRequire(import.meta.resolve('vite'));
const { rolldown } = (await import(
  pathToFileURL(requireFromVite.resolve('rolldown')).href
)) as typeof import('rolldown');

const dir = mkdtempSync(join(tmpdir(), 'charset-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const prerenderOutput = () => config.vite?.environments?.prerender?.build?.rolldownOptions?.output;

test('the prerender bundle is written in ASCII', () => {
  const output = prerenderOutput();
  assert.ok(output && !Array.isArray(output), 'astro.config.mjs sets vite.environments.prerender output options');
  assert.equal(output.charset, 'ascii');
});

test('with those options a profile’s curly quotes and dashes reach the code as escapes, the same text at run time', async () => {
  const text = 'Back-end developers’ pay – the “median” figure';
  const entry = join(dir, 'profile.js');
  writeFileSync(entry, `export const lede = ${JSON.stringify(text)};\n`);
  const bundle = await rolldown({ input: entry });
  const { output } = await bundle.generate({ ...prerenderOutput(), format: 'esm' });
  await bundle.close();
  const code = output[0].code;
  assert.match(code, /^[\x00-\x7f]*$/, 'only ASCII in the generated code');
  const file = join(dir, 'bundled.mjs');
  writeFileSync(file, code);
  const { lede } = (await import(file)) as { lede: string };
  assert.equal(lede, text);
});
