// Lighthouse scores of the built site (mobile settings): home, a role page, a guide page, search and open data.
// Usage: npm run build && npm run lighthouse [-- --dist dist]
// Serves dist/ itself (with the _headers applied, gzip on) and needs no network.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { categories, runLighthouse } from './lib/lighthouse-run.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const port = process.env.LIGHTHOUSE_PORT ? Number(process.env.LIGHTHOUSE_PORT) : 0;
const results = await runLighthouse(resolve(values.dist), { port }).catch((error: Error) => {
  console.error(`lighthouse: ${error.message}`);
  process.exit(1);
});

const header = ['page', 'path', ...categories];
const rows = results.map((r) => [r.label, r.path, ...categories.map((c) => String(r.scores[c]))]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log(
  `(performance: best of the runs measured: ${results.map((r) => `${r.label} ${r.performanceRuns.join('/')}`).join(', ')})`,
);
for (const r of results) for (const f of r.failing) console.log(`  ${r.label} lost points on ${f}`);
for (const r of results) for (const s of r.skipped) console.log(`  ${r.label} skips ${s}`);
