// The content check, content/statistics/: each official figure written once, codes with figures, editions that age, completeness.
// Each test copies tests/fixtures/content-valid, breaks one thing, runs the real CLI there and asserts the exact
// line it prints ("file:line  field  what is wrong — how to fix it"), the exit code, and that no stack trace leaks.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, test } from 'node:test';
import { A, alpha, check, contentPath, edit, expectError, type Change } from '../support/content-copy.ts';

// Each test starts a process: run as many at once as there are cores.
const concurrency = availableParallelism();

describe('statistics rules', { concurrency }, () => {
  const stats = 'statistics/stats-2025.yaml';
  const copyOfStats =
    (file: string, from = '', to = ''): Change =>
    (dir) =>
      writeFileSync(contentPath(dir, file), readFileSync(contentPath(dir, stats), 'utf8').replace(from, to));

  test('the same official figure written in two files', () =>
    expectError(
      'content/statistics/stats-copy.yaml:16  occupations[0].pay.medianAnnual  gives the median annual pay for May 2025 (15-1252) that content/statistics/stats-2025.yaml already gives — an official figure is written once: keep it in one file and delete it here',
      copyOfStats('statistics/stats-copy.yaml', 'edition: 2025–35', 'edition: 2025–35 (reprint)'),
    ));

  test('one edition in two files', () =>
    expectError(
      'content/statistics/stats-copy.yaml:3  edition  is the same edition as content/statistics/stats-2025.yaml — keep one file per edition: merge the two',
      copyOfStats(
        'statistics/stats-copy.yaml',
        'wages: { year: 2025, month: May }',
        'wages: { year: 2024, month: May }',
      ),
    ));

  test('an edition with the id of a source file', () =>
    expectError(
      'content/statistics/survey-a.yaml:1  (file)  has the same id as content/sources/survey-a.yaml — rename one of the two files: citations name sources by id',
      copyOfStats('statistics/survey-a.yaml', 'edition: 2025–35', 'edition: 2026–36'),
      (dir) => rmSync(contentPath(dir, stats)),
    ));

  test('a role naming a code no edition gives figures for', () =>
    expectError(
      "content/roles/beta-role.mdx:16  occupationCodes[0].code  no file in content/statistics/ gives figures for U.S. SOC 2018 15-1253 — did you mean 15-1252? Otherwise add the occupation's figures to an edition in content/statistics/",
      edit('roles/beta-role.mdx', 'code: 15-1252', 'code: 15-1253'),
    ));

  test('a figure of a role citing an edition of statistics', () =>
    expectError(
      `${A}:26  salaries[0].source  cites the statistics edition "stats-2025", whose figures are written once in content/statistics/stats-2025.yaml — delete this figure and list the occupation in occupationCodes: the role then shows every figure of that edition`,
      edit(alpha, 'source: survey-a\nprogression', 'source: stats-2025\nprogression'),
      edit(alpha, 'sources: [survey-a, survey-b]', 'sources: [survey-a, survey-b, stats-2025]'),
    ));

  test('an occupation whose newest edition is past the age limit is a warning on its file', async () => {
    const year = new Date().getUTCFullYear() - 5;
    const { code, out } = await check(
      edit(stats, 'wages: { year: 2025, month: May }', `wages: { year: ${year}, month: May }`),
      edit(stats, 'projections: { from: 2025, to: 2035 }', `projections: { from: ${year}, to: ${year + 10} }`),
    );
    assert.equal(code, 0, out);
    assert.ok(
      out
        .split('\n')
        .includes(
          `warning  content/statistics/stats-2025.yaml:11  occupations[0]  "fixture-workers" holds the newest pay, employment-growth figures the site has for 15-1252, and they refer to ${year}, more than 3 years ago; readers see them marked "older figure" — look for a newer edition of the publication and add it as a new file in content/statistics/ (or, if a newer edition here lacks these statistics, add them to it)`,
        ),
      out,
    );
  });

  test('a statistic only an older edition gives is warned about, as pages mark it, though a newer edition exists', async () => {
    const year = new Date().getUTCFullYear() - 5;
    const { code, out } = await check(
      edit(stats, 'wages: { year: 2025, month: May }', `wages: { year: ${year}, month: May }`),
      edit(stats, 'projections: { from: 2025, to: 2035 }', `projections: { from: ${year}, to: ${year + 10} }`),
      // A newer edition with the pay alone: the older growth figure stays the newest the site has.
      copyOfStats('statistics/stats-newer.yaml', 'edition: 2025–35', 'edition: newer'),
      (dir) => {
        const file = contentPath(dir, 'statistics/stats-newer.yaml');
        const text = readFileSync(file, 'utf8')
          .replace(/wages: \{ year: \d+, month: May \}/, `wages: { year: ${year + 4}, month: May }`)
          .replace(/projections: \{ from: \d+, to: \d+ \}/, `projections: { from: ${year + 4}, to: ${year + 14} }`)
          .replace('medianAnnual: 60000', 'medianAnnual: 61000')
          .replace(/\n    projections:\n      growthPercent: 5\n/, '\n');
        writeFileSync(file, text);
      },
    );
    assert.equal(code, 0, out);
    const warnings = out.split('\n').filter((line) => line.startsWith('warning  content/statistics/'));
    assert.deepEqual(
      warnings.map((line) => /^warning {2}(\S+)  .*holds the newest ([^ ]+) figures/.exec(line)?.slice(1)),
      [['content/statistics/stats-2025.yaml:11', 'employment-growth']],
      out,
    );
  });

  test('the completeness of each role is printed as a notice, brief profiles named', async () => {
    const { code, out } = await check();
    assert.equal(code, 0, out);
    assert.match(out, /^alpha-role +✓ +· +✓ +· +✓ +✓ +✓ +· +full$/m);
    assert.match(out, /^beta-role +✓ +· +· +· +✓ +✓ +✓ +✓ +full$/m);
  });

  test('a role with no figure and fewer than three described sections is a brief profile', async () => {
    const { code, out } = await check(
      edit('roles/beta-role.mdx', '  - { system: US-SOC-2018, code: 15-1252, relation: is }\n', ''),
      edit('roles/beta-role.mdx', 'occupationCodes:\n', ''),
      edit(
        'roles/beta-role.mdx',
        'workEnvironment:\n  setting: An office\n  remote: Rarely\n  hours: Office hours\n',
        '',
      ),
    );
    assert.equal(code, 0, out);
    assert.match(out, /^beta-role .* brief profile \(noindex\): needs a figure or 3 described sections$/m);
  });
});
