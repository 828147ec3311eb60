// Runs before `npm start`, under whatever Node the machine has (on a fresh clone nothing else is
// installed yet), so it is plain JavaScript that old versions can parse. The minimum comes from
// package.json's "engines": the one place it is written.
import { readFileSync } from 'node:fs';

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const wanted = /^>=\s*(\d+)/.exec(engines.node);
const minimum = wanted ? Number(wanted[1]) : 0;
const major = Number(process.versions.node.split('.')[0]);

if (major < minimum) {
  const pinned = readFileSync(new URL('../.nvmrc', import.meta.url), 'utf8').trim();
  console.error(
    [
      `Career Atlas needs Node.js ${minimum} or newer to install; this machine runs Node ${process.versions.node}.`,
      `Install Node ${pinned} (the version in .nvmrc): with nvm, run \`nvm install\` in this folder; or download it from https://nodejs.org/.`,
      `Then run \`npm start\` again. (Once installed, the project runs its commands with its own Node ${pinned}.)`,
    ].join('\n'),
  );
  process.exit(1);
}
