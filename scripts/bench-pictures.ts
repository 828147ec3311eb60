// What drawing costs per page as the site grows: each role page's career map (dagre on its
// neighbourhood) and pay chart (both layouts), and the whole map of /roles/, on synthetic graphs shaped
// like the build benchmark's (each role leads to the next 11, in a ring). Only the drawing is timed, in
// one process and as CPU time (user + system), so the figures hold on a machine shared with other work.
// Usage: npm run bench:pictures [-- --sizes 10,100,1000]
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { mapRoles, roleMap, wholeMap, wholeMapLimit, type ResolvedRole } from '../src/lib/charts/career-map.ts';
import { drawSalaryChart } from '../src/lib/charts/salary-chart-svg.ts';
import type { ChartFigure } from '../src/lib/charts/salary-chart.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10,100,1000' } } });
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 2)) {
  console.error(`bench:pictures: --sizes must be whole numbers of 2 or more, got "${values.sizes}"`);
  process.exit(2);
}

// The back-end profile's figures, with their sources as the site resolves them.
const model = readFileSync('content/roles/backend-developer.mdx', 'utf8');
const frontmatter = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(model)![1]!) as { salaries: Record<string, unknown>[] };
const figures = frontmatter.salaries.map((f) => ({
  ...f,
  source: { data: parse(readFileSync(`content/sources/${String(f.source)}.yaml`, 'utf8')) },
  older: false,
})) as unknown as ChartFigure[];

function ring(n: number): Map<string, ResolvedRole> {
  const id = (i: number) => `role-${((i % n) + n) % n}`;
  const entry = (i: number) => ({ id: id(i) });
  const roles = new Map<string, ResolvedRole>();
  const steps = Math.min(11, n - 1);
  for (let i = 0; i < n; i++) {
    roles.set(id(i), {
      id: id(i),
      entry: { data: { title: `Back-end developer ${i + 1}` } },
      family: { id: 'software-engineering' },
      leadsTo: Array.from({ length: steps }, (_, k) => entry(i + k + 1)),
      comesFrom: Array.from({ length: steps }, (_, k) => entry(i - k - 1)),
    });
  }
  return roles;
}

/** CPU milliseconds `run` takes. */
const time = (run: () => void) => {
  const started = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
};

console.log(
  `bench:pictures: ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, Node ${process.version}\n`,
);
console.log('| N roles | role maps, CPU ms/page | boxes per map | pay chart, CPU ms/page | whole map, CPU ms |');
console.log('|---|---|---|---|---|');
for (const n of sizes) {
  const roles = mapRoles(ring(n));
  let boxes = 0;
  const maps = time(() => {
    for (const id of roles.keys()) boxes += roleMap(roles, id).nodes.length;
  });
  // A chart per page, as the build draws it: both layouts, from the figures (the role title varies).
  const charts = time(() => {
    for (let i = 0; i < n; i++) {
      const copy = [...figures];
      drawSalaryChart(copy, 'wide', `Role ${i}`, '');
      drawSalaryChart(copy, 'narrow', `Role ${i}`, '');
    }
  });
  const whole = n <= wholeMapLimit ? time(() => wholeMap(roles)).toFixed(0) : `not drawn (over ${wholeMapLimit})`;
  console.log(
    `| ${n} | ${(maps / n).toFixed(1)} | ${(boxes / n).toFixed(0)} | ${(charts / n).toFixed(1)} | ${whole} |`,
  );
}
