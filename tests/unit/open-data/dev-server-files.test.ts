// The build writes figures.json and figures.csv after the pages (src/integrations/files-after-pages.ts), and the
// role and guide preview cards too (src/integrations/preview-images.ts); the dev server has no such step, so their
// routes serve them there. This runs the real dev server, with its own cache folder so that the checkout's content
// store is left as it was.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dev } from 'astro';
import sharp from 'sharp';
import { tempFolder } from '../support/temp-folder.ts';

const cacheDir = tempFolder('dev-files');
let server: Awaited<ReturnType<typeof dev>> | undefined;
let origin = '';

before(async () => {
  server = await dev({ root: process.cwd(), cacheDir, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  origin = `http://127.0.0.1:${server.address.port}`;
});
after(async () => {
  await server?.stop();
});

describe('the whole-site figure files in the dev server', () => {
  it('serves /data/figures.json, every role’s rows, as JSON', async () => {
    const response = await fetch(`${origin}/data/figures.json`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    const file = (await response.json()) as { figures: { role: string }[] };
    assert.ok(new Set(file.figures.map((row) => row.role)).has('backend-developer'));
  });

  it('serves /data/figures.csv, its header first, as CSV', async () => {
    const response = await fetch(`${origin}/data/figures.csv`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
    const [header, ...rows] = (await response.text()).trimEnd().split('\n');
    assert.match(header!, /^role,/);
    assert.ok(rows.some((row) => row.startsWith('backend-developer,')));
  });
});

describe('the preview cards in the dev server', () => {
  for (const path of ['/og/roles/backend-developer.png', '/og/guides/backend-toolbox.png']) {
    it(`serves ${path} as a 1200×630 PNG`, async () => {
      const response = await fetch(`${origin}${path}`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'image/png');
      const { format, width, height } = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      assert.deepEqual({ format, width, height }, { format: 'png', width: 1200, height: 630 });
    });
  }
});
