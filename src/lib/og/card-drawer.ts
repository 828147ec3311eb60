import { Worker } from 'node:worker_threads';
import type { Card } from './card.ts';
import type { CardJob, CardJobDone } from './card-worker-io.ts';

/** Draws a card into a file; the build's cache (card-cache-io.ts) decides where and renames it into place. */
export type DrawCardTo = (card: Card, file: string) => Promise<void>;

// Resolved from this module's own file, so it must be imported where it is not bundled: by the preview-image
// integration, which astro.config.mjs loads. The routes reach it through the build's card cache.
const workerFile = new URL('./card-worker-io.ts', import.meta.url);

/**
 * A small young generation: satori makes much short-lived garbage, and with V8's default a worker's heap grew to
 * 155 MB to hold 25 MB of live objects. With 8 MB it stays near 35 MB and draws as fast (300 cards, 7.3 and 7.7 s).
 */
const workerLimits = { maxYoungGenerationSizeMb: 8 };

/**
 * Draws preview cards in a worker thread (card-worker-io.ts), started with the first card. satori lays a card out on
 * the thread that calls it, so on the build's own thread every card held up the pages for about 40 ms; in the
 * worker, a 2-core machine renders pages and draws cards at once. The worker keeps the process alive only while a
 * card is waiting, so a build that stops early is not held open by it.
 */
export class CardDrawer {
  #worker: Worker | undefined;
  readonly #waiting = new Map<number, { done: () => void; fail: (error: Error) => void }>();
  #nextId = 0;

  draw: DrawCardTo = (card, file) => {
    const worker = this.#started();
    const id = this.#nextId++;
    return new Promise<void>((done, fail) => {
      this.#waiting.set(id, { done, fail });
      worker.ref();
      worker.postMessage({ id, card, file } satisfies CardJob);
    });
  };

  /** Ends the worker; a card still waiting fails. */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#failAll(new Error('the preview-image worker was closed before the card was drawn'));
    await worker?.terminate();
  }

  #started(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(workerFile, { resourceLimits: workerLimits });
    worker.on('message', ({ id, error }: CardJobDone) => {
      const waiting = this.#waiting.get(id);
      this.#waiting.delete(id);
      if (error === undefined) waiting?.done();
      else waiting?.fail(new Error(error));
      if (this.#waiting.size === 0) worker.unref();
    });
    worker.on('error', (error) => this.#failAll(error));
    worker.on('exit', (code) => {
      if (this.#worker === worker) this.#worker = undefined;
      this.#failAll(new Error(`the preview-image worker stopped (exit code ${code})`));
    });
    this.#worker = worker;
    return worker;
  }

  #failAll(error: Error): void {
    for (const waiting of this.#waiting.values()) waiting.fail(error);
    this.#waiting.clear();
  }
}
