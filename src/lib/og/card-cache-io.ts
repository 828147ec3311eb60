import { copyFile, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Card } from './card.ts';
import type { DrawCardTo } from './card-drawer.ts';

const isFile = (file: string) =>
  stat(file).then(
    (found) => found.isFile(),
    () => false,
  );

/** What one build did with its preview images, by image path ("/og/roles/x.png"). */
export interface CardCacheReport {
  drawn: string[];
  reused: string[];
}

/** Cached images no build has used for this long are deleted, so the folder cannot grow forever. */
export const unusedLifetimeMs = 30 * 24 * 60 * 60 * 1000;

/**
 * Preview images kept between builds, one PNG per cache key (a hash of exactly what the image
 * draws), so an unchanged card is copied instead of drawn again. Files are written whole and then
 * renamed into place: a build that stops half-way never leaves a truncated image to be reused.
 */
export class CardCache {
  readonly #dir: string;
  readonly #drawTo: DrawCardTo | undefined;
  readonly #drawn: string[] = [];
  readonly #reused: string[] = [];
  readonly #used = new Set<string>();
  readonly #pending = new Map<string, Promise<void>>();
  readonly #later: { path: string; file: Promise<string> }[] = [];

  /** `drawTo` draws the cards handed over with `drawLater` (in a build, a worker thread: card-drawer.ts). */
  constructor(dir: string, drawTo?: DrawCardTo) {
    this.#dir = dir;
    this.#drawTo = drawTo;
  }

  get dir(): string {
    return this.#dir;
  }

  /** The image for `key`: from the cache, or drawn by `draw` and stored. `name` is what the report calls it. */
  async png(key: string, name: string, draw: () => Promise<Uint8Array>): Promise<Uint8Array> {
    const file = await this.#cached(key, name, async (to) => writeFile(to, await draw()));
    return new Uint8Array(await readFile(file));
  }

  /**
   * Starts the image for `key` now, from the cache or drawn into it by `drawTo`, while the build goes on with its
   * pages; `copyLater` puts it in the output at `path` ("og/roles/x.png"). Nothing of it is held in memory.
   */
  drawLater(key: string, card: Card, path: string): void {
    const drawTo = this.#drawTo;
    if (!drawTo)
      throw new Error('preview image cache: drawLater needs a drawer (see src/integrations/preview-images.ts)');
    const file = this.#cached(key, `/${path}`, (to) => drawTo(card, to));
    // copyLater awaits it; until then a failed drawing must not end the process as an unhandled rejection.
    file.catch(() => undefined);
    this.#later.push({ path, file });
  }

  /** Copies every image handed to `drawLater` into `outDir`, once drawn. Returns how many; names the first failure. */
  async copyLater(outDir: string): Promise<number> {
    const later = this.#later.splice(0);
    for (const { path, file } of later) {
      const from = await file.catch((error: unknown) => {
        throw new Error(`preview image /${path} could not be drawn: ${error instanceof Error ? error.message : error}`);
      });
      const to = join(outDir, path);
      await mkdir(dirname(to), { recursive: true });
      await copyFile(from, to);
    }
    return later.length;
  }

  /** The cached file for `key`, drawn into place by `drawTo` when it is not there yet. */
  async #cached(key: string, name: string, drawTo: (file: string) => Promise<void>): Promise<string> {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`preview image cache: "${key}" is not a SHA-256 key`);
    this.#used.add(key);
    const file = join(this.#dir, `${key}.png`);
    if (await isFile(file)) {
      this.#reused.push(name);
      // Marks the image as used now, for the clean-up of images no build needs any more.
      const now = new Date();
      await utimes(file, now, now).catch(() => undefined);
      return file;
    }
    // Two pages with identical cards drawn at the same time share one drawing. Only the file is kept: holding
    // every card's PNG to the end of the build took 650 MB at 5,000 roles.
    let drawing = this.#pending.get(key);
    if (!drawing) {
      drawing = (async () => {
        await mkdir(this.#dir, { recursive: true });
        const partial = `${file}.${process.pid}.partial`;
        try {
          await drawTo(partial);
          await rename(partial, file);
        } catch (error) {
          await rm(partial, { force: true });
          throw error;
        }
      })().finally(() => this.#pending.delete(key));
      this.#pending.set(key, drawing);
    }
    await drawing;
    this.#drawn.push(name);
    return file;
  }

  /** How many drawings are under way. */
  get drawing(): number {
    return this.#pending.size;
  }

  report(): CardCacheReport {
    return { drawn: [...this.#drawn].sort(), reused: [...this.#reused].sort() };
  }

  /** Deletes images this build did not use and no build has used for `lifetimeMs`. Returns how many. */
  async prune(lifetimeMs = unusedLifetimeMs, now = Date.now()): Promise<number> {
    const names = await readdir(this.#dir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      // Only images and pieces of images a stopped build left behind; never anything else in the folder.
      const match = /^([0-9a-f]{64})\.png(\.\d+\.partial)?$/.exec(name);
      if (!match || (this.#used.has(match[1]!) && !match[2])) continue;
      const file = join(this.#dir, name);
      const { mtimeMs } = await stat(file);
      if (now - mtimeMs < lifetimeMs) continue;
      await rm(file, { force: true });
      removed += 1;
    }
    return removed;
  }
}

// The cache the running build uses. The integration that opens it (loaded with astro.config.mjs) and
// the endpoints that draw (bundled by Vite) are separate module copies in one process: they meet here.
const active = Symbol.for('career-atlas:card-cache');

export function setCardCache(cache: CardCache | undefined): void {
  (globalThis as Record<symbol, unknown>)[active] = cache;
}

/** The build's cache; undefined outside a build (the dev server draws each image when asked). */
export function activeCardCache(): CardCache | undefined {
  return (globalThis as Record<symbol, CardCache | undefined>)[active];
}
