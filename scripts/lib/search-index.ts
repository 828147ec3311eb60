// Builds a Pagefind index of a built site with Pagefind's Node API, the way the build's search
// integration does, for scripts that need an index where the build did not write one.
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

// As a command, for the benchmark (run in its own process so its memory is measured alone):
// node scripts/lib/search-index.ts <site folder>
if (import.meta.main) {
  const site = process.argv[2];
  if (!site) {
    console.error('usage: node scripts/lib/search-index.ts <built site folder>');
    process.exit(2);
  }
  await indexSite(site);
}
