import type { ContentFile } from './load.ts';

/**
 * Checks left out because an entry they need did not pass its schema. Without its data the check can only
 * guess (a figure id looks missing because the figures could not be read), and the guesses would bury the one
 * real mistake under errors that blame other files. So each such check is skipped, and each failed entry gets
 * one line saying so, printed after its own errors.
 */
export class Skips {
  /** Failed entries by "collection:id", with the files whose checks waited for them. */
  private readonly waiting = new Map<string, { file: ContentFile; files: Set<string> }>();

  constructor(failed: Iterable<ContentFile>) {
    for (const file of failed) this.waiting.set(`${file.collection}:${file.id}`, { file, files: new Set() });
  }

  /** True when the entry failed its schema; then the check in `dependent` (a file path) is skipped. */
  skip(collection: ContentFile['collection'], id: string, dependent: string): boolean {
    const entry = this.waiting.get(`${collection}:${id}`);
    entry?.files.add(dependent);
    return entry !== undefined;
  }

  /** One line per failed entry: "content/roles/x.mdx  skipped: x did not pass its schema, see above …". */
  lines(): string[] {
    return [...this.waiting.values()]
      .sort((a, b) => a.file.path.localeCompare(b.file.path))
      .map(({ file, files }) => {
        const others = [...files].filter((path) => path !== file.path).sort();
        const where = others.length > 0 ? ` and in ${others.join(', ')}` : '';
        const what = file.parseError ? 'could not be read' : 'did not pass its schema';
        return `${file.path}  skipped: ${file.id} ${what}, see above; checks that need its data (in this file${where}) wait until it does`;
      });
  }
}
