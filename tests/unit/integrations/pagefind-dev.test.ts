import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { servePagefindFromLastBuild } from '../../../src/integrations/pagefind-dev.ts';
import { tempFolder } from '../support/temp-folder.ts';

const outDir = tempFolder('pagefind-dev');
mkdirSync(join(outDir, 'pagefind'));
writeFileSync(join(outDir, 'pagefind', 'pagefind.js'), 'export const ok = 1;');
writeFileSync(join(outDir, 'secret.txt'), 'not part of the index');

/** Runs the middleware for one URL: the body it sent, or "next" when it let the request through. */
function request(url: string, base = '/'): Promise<{ next: true } | { status: number; type: unknown; body: string }> {
  const handler = servePagefindFromLastBuild({ outDir, base });
  return new Promise((resolve) => {
    // Just enough of a ServerResponse: a stream to pipe into, a status code and headers.
    const stream = new PassThrough();
    const headers: Record<string, unknown> = {};
    const res = Object.assign(stream, {
      statusCode: 0,
      setHeader: (name: string, value: unknown) => (headers[name.toLowerCase()] = value),
    });
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () =>
      resolve({ status: res.statusCode, type: headers['content-type'], body: Buffer.concat(chunks).toString() }),
    );
    handler({ url } as IncomingMessage, res as unknown as ServerResponse, () => resolve({ next: true }));
  });
}

describe('dev server: index of the last build', () => {
  it('serves files from <outDir>/pagefind/ with a JavaScript type', async () => {
    assert.deepEqual(await request('/pagefind/pagefind.js?ts=1'), {
      status: 200,
      type: 'text/javascript; charset=utf-8',
      body: 'export const ok = 1;',
    });
  });

  it('honours the base path', async () => {
    assert.equal(((await request('/guide/pagefind/pagefind.js', '/guide/')) as { status: number }).status, 200);
    assert.deepEqual(await request('/pagefind/pagefind.js', '/guide/'), { next: true });
  });

  it('lets missing files, other paths and escapes from the folder fall through to Astro', async () => {
    assert.deepEqual(await request('/pagefind/missing.pf_meta'), { next: true });
    assert.deepEqual(await request('/roles/'), { next: true });
    assert.deepEqual(await request('/pagefind/../secret.txt'), { next: true });
    assert.deepEqual(await request('/pagefind/%2e%2e/secret.txt'), { next: true });
    assert.deepEqual(await request('/pagefind/%E0%A4%A'), { next: true });
  });
});
