import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Parsing content/onet/ (1.6 MB of YAML, written by the importer and rarely changed) takes seconds with
// the yaml package; JSON.parse takes milliseconds. So the parsed data of each file is kept by the hash of
// its text: a changed file is parsed again, an unchanged one is read back. Only data is cached, never a
// verdict, so the checks always run on what the file says.
const cacheDir = join(import.meta.dirname, '../../node_modules/.cache/career-atlas/yaml');
const keyOf = (text: string) => createHash('sha256').update(text).digest('hex');

export function cachedYaml(text: string): unknown {
  const path = join(cacheDir, `${keyOf(text)}.json`);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

export function cacheYaml(text: string, data: unknown) {
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, `${keyOf(text)}.json`), JSON.stringify(data));
  } catch {
    // A read-only checkout only loses the speed-up.
  }
}
