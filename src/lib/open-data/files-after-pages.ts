/**
 * Files the build writes after the pages, a piece at a time, instead of through Astro's page writer, which holds
 * a file's bytes twice before it writes them (the pieces as read, then one buffer of them all): for figures.json
 * and figures.csv that was 130 and 70 MB more at 1,000 roles, at the moment of the build's peak, and five times
 * that at 5,000. A route hands them over while Astro asks for its paths; src/integrations/files-after-pages.ts
 * writes them once the pages are written.
 */
export interface FileAfterPages {
  /** Where the file goes, relative to the output folder ("data/figures.json"). */
  path: string;
  /** The file's text as pieces, each made when the writer is ready for it. */
  parts(): Iterable<string>;
}

// The route that hands the files over (bundled by Vite) and the integration that writes them (loaded with
// astro.config.mjs) are separate module copies in one process: they meet here, as the preview-image cache does.
const handedOver = Symbol.for('career-atlas:files-after-pages');
const registry = globalThis as Record<symbol, FileAfterPages[] | undefined>;

/** Called by a route during a build: these files are written after the pages. */
export function writeAfterPages(files: readonly FileAfterPages[]): void {
  registry[handedOver] = [...(registry[handedOver] ?? []), ...files];
}

/** The files handed over since the last call, and none after it. */
export function takeFilesAfterPages(): FileAfterPages[] {
  const files = registry[handedOver] ?? [];
  registry[handedOver] = undefined;
  return files;
}
