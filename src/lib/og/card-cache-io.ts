import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

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
  readonly #drawn: string[] = [];
  readonly #reused: string[] = [];
  readonly #used = new Set<string>();
  readonly #pending = new Map<string, Promise<Uint8Array>>();

  constructor(dir: string) {
    this.#dir = dir;
  }

  get dir(): string {
    return this.#dir;
  }

  /** The image for `key`: from the cache, or drawn by `draw` and stored. `name` is what the report calls it. */
  async png(key: string, name: string, draw: () => Promise<Uint8Array>): Promise<Uint8Array> {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`preview image cache: "${key}" is not a SHA-256 key`);
    this.#used.add(key);
    const file = join(this.#dir, `${key}.png`);
    const cached = await readFile(file).catch(() => undefined);
    if (cached) {
      this.#reused.push(name);
      // Marks the image as used now, for the clean-up of images no build needs any more.
      const now = new Date();
      await utimes(file, now, now).catch(() => undefined);
      return new Uint8Array(cached);
    }
    // Two pages with identical cards drawn at the same time share one drawing. Once it is on disk it leaves
    // this map: kept to the end of the build, every card's PNG stayed in memory (650 MB at 5,000 roles).
    let drawing = this.#pending.get(key);
    if (!drawing) {
      drawing = draw()
        .then(async (png) => {
          await mkdir(this.#dir, { recursive: true });
          const partial = `${file}.${process.pid}.partial`;
          await writeFile(partial, png);
          await rename(partial, file);
          return png;
        })
        .finally(() => this.#pending.delete(key));
      this.#pending.set(key, drawing);
    }
    const png = await drawing;
    this.#drawn.push(name);
    return png;
  }

  /** How many drawings are under way: each holds its PNG until it is written. */
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
