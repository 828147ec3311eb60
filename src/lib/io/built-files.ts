import { readdirSync } from 'node:fs';

/** Every HTML file a build wrote, relative to its output folder, with "/" between folders, in a stable order. */
export function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.split('\\').join('/'))
    .sort();
}
