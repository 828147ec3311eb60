import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The text of a content entry's file, read from disk: the roles collection does not keep its MDX bodies in memory
 * (`retainBody: false` in src/content.config.ts), so what the site derives from a body is read from the file once.
 * `filePath` is relative to the project root, where every build runs.
 */
export function entryText(entry: { id: string; filePath?: string | undefined }): string {
  if (!entry.filePath) throw new Error(`content entry "${entry.id}" has no file to read its text from`);
  return readFileSync(resolve(entry.filePath), 'utf8');
}
