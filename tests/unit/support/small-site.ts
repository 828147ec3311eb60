// A small site built for real: a copy of this checkout whose content/ is the small valid fixture (two
// roles, a published and a draft guide), built by Astro in the copy's own folder. Building in a copy,
// not here with CONTENT_DIR, keeps this checkout's .astro/ (whose content-modules.mjs would otherwise
// point at a temporary folder deleted after the test) and node_modules/.astro cache untouched, so the
// next real `npm run build` is unaffected. The copy is not a git repository: its change log is empty.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { copyCheckout } from '../../../scripts/lib/copy-checkout.ts';
import { fixtureContent, projectDir } from './content-copy.ts';

const folders: string[] = [];
after(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

export interface SmallSite {
  /** The built site. */
  out: string;
  /** Astro's cache folder for the build (its content store is data-store.json). */
  cache: string;
  /** Exit code of the build and what it printed on stderr. */
  code: number | null;
  stderr: string;
}

/**
 * Builds the fixture content in a fresh copy of the checkout, with the given environment (BASE_PATH).
 * `editContent` changes the copy's content/ folder before the build (the fixture itself stays as it is).
 */
export async function buildSmallSite(
  env: Record<string, string> = {},
  editContent: (contentDir: string) => void = () => {},
): Promise<SmallSite> {
  const dir = mkdtempSync(join(tmpdir(), 'small-site-'));
  folders.push(dir);
  const root = copyCheckout(join(dir, 'checkout'), projectDir);
  rmSync(join(root, '.git'), { recursive: true, force: true });
  rmSync(join(root, 'content'), { recursive: true, force: true });
  cpSync(fixtureContent, join(root, 'content'), { recursive: true });
  editContent(join(root, 'content'));
  const out = join(dir, 'dist');
  const cache = join(dir, 'cache');
  const { CONTENT_DIR: _ignored, BASE_PATH: _base, ...inherited } = process.env;
  const args = ['scripts/lib/astro-build.ts', '--root', root, '--out', out, '--cache', cache, '--quiet'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...inherited, ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ out, cache, code, stderr }));
  });
}
