// Preview-image benchmark: is drawing cards in parallel faster than one after another on this machine?
// Draws the same N cards (cold: no cache) three ways, alternating them over several rounds so a
// change in the machine's load hits every way alike, and prints the median time per card.
//   serial     satori then sharp, one card at a time (what an Astro endpoint does per request)
//   overlapped satori lays out the next card while sharp (on libuv's threads) rasterises the previous
//   workers    one worker thread per CPU, each drawing whole cards
// Usage: npm run bench:og [-- --cards 24 --rounds 3]
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { Card } from '../src/lib/og/card.ts';
import { cardSvg, drawCard, svgToPng } from '../src/lib/og/draw-io.ts';

const { values } = parseArgs({
  options: { cards: { type: 'string', default: '24' }, rounds: { type: 'string', default: '3' } },
});
const count = Number(values.cards);
const rounds = Number(values.rounds);

/** Cards like the site's: a role title, a summary, a headline figure; each one different. */
const cards: Card[] = Array.from({ length: count }, (_, i) => ({
  eyebrow: 'Software engineering',
  title: `Back-end developer ${i + 1}`,
  summary: `Builds and runs the server-side code, databases and APIs behind websites and apps (profile ${i + 1}).`,
  highlight: { label: 'Median pay', value: '$130,160 a year', detail: 'United States · 2023', source: 'BLS' },
  siteName: 'Career Atlas',
}));

async function serial(): Promise<void> {
  for (const card of cards) await drawCard(card);
}

async function overlapped(): Promise<void> {
  const encoding: Promise<unknown>[] = [];
  for (const card of cards) encoding.push(svgToPng(await cardSvg(card)));
  await Promise.all(encoding);
}

const workerCode = `
  import { parentPort } from 'node:worker_threads';
  const { drawCard } = await import(${JSON.stringify(new URL('../src/lib/og/draw-io.ts', import.meta.url).href)});
  parentPort.on('message', async (card) => parentPort.postMessage(await drawCard(card)));
`;

async function workers(): Promise<void> {
  const pool = cpus().map(() => new Worker(new URL(`data:text/javascript,${encodeURIComponent(workerCode)}`)));
  const queue = [...cards];
  // Each worker loads satori, sharp and the fonts once, as a build's pool would, before the clock runs.
  await Promise.all(
    pool.map((worker) => new Promise((ready) => (worker.once('message', ready), worker.postMessage(cards[0])))),
  );
  const started = performance.now();
  await Promise.all(
    pool.map(async (worker) => {
      for (let card = queue.shift(); card; card = queue.shift()) {
        await new Promise((done) => (worker.once('message', done), worker.postMessage(card)));
      }
    }),
  );
  const elapsed = performance.now() - started;
  await Promise.all(pool.map((worker) => worker.terminate()));
  timings.workers.push(elapsed / count);
}

const timings: Record<'serial' | 'overlapped' | 'workers', number[]> = { serial: [], overlapped: [], workers: [] };
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

await drawCard(cards[0]!); // load fonts and warm satori and sharp
console.log(
  `bench:og: ${count} cards, ${rounds} rounds; ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (let round = 0; round < rounds; round++) {
  for (const [name, run] of [
    ['serial', serial],
    ['overlapped', overlapped],
  ] as const) {
    const started = performance.now();
    await run();
    timings[name].push((performance.now() - started) / count);
  }
  await workers();
  console.log(
    `  round ${round + 1}: ` +
      Object.entries(timings)
        .map(([name, list]) => `${name} ${list.at(-1)!.toFixed(0)} ms`)
        .join(', ') +
      ' per card',
  );
}
console.log(
  `median per card: ${Object.entries(timings)
    .map(([name, list]) => `${name} ${median(list).toFixed(0)} ms`)
    .join(', ')}; load average now ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
