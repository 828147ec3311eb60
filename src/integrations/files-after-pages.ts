import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { takeFilesAfterPages, type FileAfterPages } from '../lib/open-data/files-after-pages.ts';

/** Writes each file piece by piece, so no more than a piece and the stream's buffer is held. Returns the bytes. */
export async function writeFilesAfterPages(files: readonly FileAfterPages[], outDir: string): Promise<number[]> {
  const sizes: number[] = [];
  for (const file of files) {
    const out = join(outDir, file.path);
    await mkdir(dirname(out), { recursive: true });
    await pipeline(Readable.from(file.parts()), createWriteStream(out));
    sizes.push((await stat(out)).size);
  }
  return sizes;
}

/**
 * Writes the files a route handed over during the build (src/lib/open-data/files-after-pages.ts) once the pages
 * are written. A build in which /data/figures.json and /data/figures.csv were not handed over stops here, rather
 * than publish a site without them.
 */
export function filesAfterPages(expected: readonly string[]): AstroIntegration {
  return {
    name: 'career-atlas:files-after-pages',
    hooks: {
      'astro:build:start': () => {
        takeFilesAfterPages();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = takeFilesAfterPages();
        const missing = expected.filter((path) => !files.some((file) => file.path === path));
        if (missing.length > 0) {
          const [verb, them] = missing.length === 1 ? ['was', 'it'] : ['were', 'them'];
          throw new Error(
            `${missing.join(' and ')} ${verb} not made: the route that writes ${them} (src/pages/data/) did not hand ` +
              `${them} over (writeAfterPages in src/lib/open-data/files-after-pages.ts).`,
          );
        }
        const sizes = await writeFilesAfterPages(files, fileURLToPath(dir));
        logger.info(
          files.map((file, i) => `${file.path} (${(sizes[i]! / 1e6).toFixed(1)} MB)`).join(', ') +
            ' written after the pages',
        );
      },
    },
  };
}
