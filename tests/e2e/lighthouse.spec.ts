// Lighthouse (mobile settings) on home, a role, guide, technology and compare page, search and open data: 100 for accessibility,
// best practices and SEO, at least 90 for performance (see performanceBudget). Runs in its own Playwright project after the
// other tests (playwright.config.ts) so that nothing else competes for the CPU while it measures.
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { performanceBudget, runLighthouse, scoresTable } from '../../scripts/lib/lighthouse-run.ts';

const minimum = { performance: performanceBudget, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

test('Lighthouse scores meet the budget on every audited page type', async () => {
  test.setTimeout(8 * 60_000);
  const results = await runLighthouse(resolve('dist'));
  // Passing or not, the log shows each page's scores and runs: how close a page came to the budget.
  console.log(scoresTable(results));
  const below = results.flatMap((r) =>
    (Object.keys(minimum) as (keyof typeof minimum)[])
      .filter((category) => r.scores[category] < minimum[category])
      .map(
        (category) =>
          `${r.label} ${r.path}: ${category} ${r.scores[category]} < ${minimum[category]} — ${r.failing.filter((f) => f.startsWith(category)).join('; ')}`,
      ),
  );
  expect(results.map((r) => r.label)).toEqual([
    'home',
    'role',
    'guide',
    'technology',
    'compare',
    'search',
    'open data',
  ]);
  expect(below).toEqual([]);
});
