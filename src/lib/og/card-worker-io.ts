// A worker thread that draws preview cards, so that in a build the pages render on one core while the cards are
// laid out (satori) and rasterised (sharp) on the other (src/lib/og/card-drawer.ts starts it). It is sent
// { id, card, file } and answers { id } once the PNG is at `file`, or { id, error }.
import { writeFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import type { Card } from './card.ts';
import { drawCard } from './draw-io.ts';

// libvips keeps recent operations and their pixels (up to 50 MB) for a repeat that never comes: every card differs,
// and the shadows it shares are kept by draw-io.ts. Drawing 300 cards, the process held 30 MB less without it.
sharp.cache(false);

export interface CardJob {
  id: number;
  card: Card;
  /** Where the PNG goes: the drawer's caller renames it into place, so a half-written file is never used. */
  file: string;
}

export interface CardJobDone {
  id: number;
  error?: string;
}

/** Two cards at a time: satori lays out the next one on this thread while sharp rasterises one on libuv's. */
const inFlight = 2;
const queue: CardJob[] = [];
let running = 0;
const port = parentPort!;

function drawNext(): void {
  while (running < inFlight && queue.length > 0) {
    const job = queue.shift()!;
    running += 1;
    drawCard(job.card)
      .then((png) => writeFile(job.file, png))
      .then(
        () => port.postMessage({ id: job.id } satisfies CardJobDone),
        (error: unknown) =>
          port.postMessage({
            id: job.id,
            error: error instanceof Error ? error.message : String(error),
          } satisfies CardJobDone),
      )
      .finally(() => {
        running -= 1;
        drawNext();
      });
  }
}

port.on('message', (job: CardJob) => {
  queue.push(job);
  drawNext();
});
