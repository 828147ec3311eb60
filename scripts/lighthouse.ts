// Lighthouse scores of the built site (mobile settings): home, a role page, a guide page, search and open data.
// Usage: npm run build && npm run lighthouse [-- --dist dist]
// Serves dist/ itself (with the _headers applied, gzip on) and needs no network.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runLighthouse, scoresTable } from './lib/lighthouse-run.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const port = process.env.LIGHTHOUSE_PORT ? Number(process.env.LIGHTHOUSE_PORT) : 0;
const results = await runLighthouse(resolve(values.dist), { port }).catch((error: Error) => {
  console.error(`lighthouse: ${error.message}`);
  process.exit(1);
});

console.log(scoresTable(results));
