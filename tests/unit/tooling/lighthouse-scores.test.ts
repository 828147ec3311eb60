import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoresTable, type PageScores } from '../../../scripts/lib/lighthouse-run.ts';

const page = (label: string, path: string, performanceRuns: number[], failing: string[] = []): PageScores => ({
  label,
  path,
  scores: { performance: Math.max(...performanceRuns), accessibility: 100, 'best-practices': 100, seo: 100 },
  failing,
  skipped: label === 'search' ? ['seo: is-crawlable (the page is noindex by design)'] : [],
  performanceRuns,
});

describe('the Lighthouse scores table (npm run lighthouse, and the Lighthouse test’s log)', () => {
  const table = scoresTable([
    page('role', '/roles/backend-developer/', [93, 97], ['performance: total-blocking-time (300 ms)']),
    page('search', '/search/', [100]),
  ]).split('\n');

  it('has a line per page with its four scores, in columns', () => {
    assert.match(table[0]!, /^page\s+path\s+performance\s+accessibility\s+best-practices\s+seo$/);
    assert.match(table[1]!, /^role\s+\/roles\/backend-developer\/\s+97\s+100\s+100\s+100$/);
    assert.match(table[2]!, /^search\s+\/search\/\s+100\s+100\s+100\s+100$/);
    assert.equal(table[1]!.indexOf('97'), table[0]!.indexOf('performance'));
  });

  it('then every performance run, what lost points and what was skipped on purpose', () => {
    assert.equal(table[3], '(performance: best of the runs measured: role 93/97, search 100)');
    assert.equal(table[4], '  role lost points on performance: total-blocking-time (300 ms)');
    assert.equal(table[5], '  search skips seo: is-crawlable (the page is noindex by design)');
    assert.equal(table.length, 6);
  });
});
