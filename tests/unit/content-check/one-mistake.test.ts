// One mistake, one error: each kind of schema failure, made once in a copy of the real content, is reported
// first, on the file, line and field the editor got wrong; checks that needed the broken entry's data are
// skipped with one line saying so, and no error blames another file (a guide quoting the role's figures, say).
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { describe, test } from 'node:test';
import { assertNoCrash, checkCopy, edit, lineOf, realContent, write, type Change } from '../support/content-copy.ts';

const role = 'roles/backend-developer.mdx';
const statistics = 'statistics/bls-ooh-2023.yaml';

interface Mistake {
  kind: string;
  file: string;
  /** The text to change; the error must be on its line (or on `at`, when the error names its parent). */
  from: string;
  to: string;
  at?: string;
  /** Lines below `at` (or `from`) where the error is: an added line, say. */
  offset?: number;
  field: string;
  /** Whether the entry fails its schema, so checks that need its data print one "skipped" line. */
  fails: boolean;
}

const mistakes: Mistake[] = [
  {
    kind: 'wrong type',
    file: role,
    from: 'min: 80000',
    to: 'min: "not-a-number"',
    field: 'salaries[0].min',
    fails: true,
  },
  {
    kind: 'missing required field',
    file: role,
    from: '    currency: USD\n',
    to: '',
    at: '  - id: rtj-2023-us-range',
    field: 'salaries[0].currency',
    fails: true,
  },
  {
    kind: 'unknown enum value',
    file: role,
    from: 'period: year',
    to: 'period: yearly',
    field: 'salaries[0].period',
    fails: true,
  },
  {
    kind: 'unknown key',
    file: role,
    from: 'lastReviewed: 2026-11-23',
    to: 'lastReviewed: 2026-11-23\ntagline: Servers',
    offset: 1,
    field: 'tagline',
    fails: false,
  },
  {
    kind: 'dangling reference',
    file: role,
    from: 'family: software-engineering',
    to: 'family: software-engineers',
    field: 'family',
    fails: false,
  },
  {
    kind: 'bad date',
    file: role,
    from: 'lastReviewed: 2026-11-23',
    to: 'lastReviewed: 2026-02-30',
    field: 'lastReviewed',
    fails: true,
  },
  {
    kind: 'min greater than max',
    file: role,
    from: 'max: 120000',
    to: 'max: 1000',
    at: 'min: 80000',
    field: 'salaries[0].min',
    fails: true,
  },
  {
    kind: 'year in words',
    file: role,
    from: 'year: 2023',
    to: 'year: last year',
    field: 'salaries[0].year',
    fails: true,
  },
  {
    kind: 'placeholder left in',
    file: role,
    from: 'summary: Builds',
    to: 'summary: TODO Builds',
    field: 'summary',
    fails: true,
  },
  {
    kind: 'frontmatter that is not YAML',
    file: role,
    from: 'title: Back-end developer',
    to: 'title: Back-end: developer',
    field: '(frontmatter)',
    fails: true,
  },
  {
    kind: 'wrong type in statistics',
    file: statistics,
    from: 'medianAnnual: 130160',
    to: 'medianAnnual: lots',
    field: 'occupations[0].pay.medianAnnual',
    fails: true,
  },
];

/** An error line as printed: "content/<file>:<line>  <field>  …", warnings ("warning  …") aside. */
const errorLines = (out: string) => out.split('\n').filter((line) => /^content\/\S+:\d+ {2}/.test(line));

describe('one mistake, one error', { concurrency: Math.min(2, availableParallelism()) }, () => {
  for (const mistake of mistakes) {
    test(mistake.kind, async () => {
      const file = `content/${mistake.file}`;
      const line = lineOf(realContent, mistake.file, mistake.at ?? mistake.from) + (mistake.offset ?? 0);
      const changes: Change[] = [edit(mistake.file, mistake.from, mistake.to)];
      const result = await checkCopy(changes, realContent);
      assert.equal(result.code, 1, result.out);
      assertNoCrash(result);
      const errors = errorLines(result.out);
      assert.ok(
        errors[0]?.startsWith(`${file}:${line}  ${mistake.field}  `),
        `first error:\n${errors[0]}\n\n${result.out}`,
      );
      const elsewhere = errors.filter((error) => !error.startsWith(`${file}:`));
      assert.deepEqual(elsewhere, [], 'an error blames another file');
      assert.equal(errors.length, 1, `one mistake, ${errors.length} errors:\n${result.out}`);
      const skipped = result.out.split('\n').filter((l) => l.includes('  skipped: '));
      assert.equal(skipped.length, mistake.fails ? 1 : 0, result.out);
      if (mistake.fails) {
        assert.ok(skipped[0]!.startsWith(`${file}  skipped: `), skipped[0]);
        // The root cause comes before the line that says what waits for it.
        assert.ok(result.out.indexOf(errors[0]!) < result.out.indexOf(skipped[0]!));
      }
    });
  }

  // The example from issue 20: a guide and the profile itself quote the role's figures; none of them may be blamed.
  test('the broken salary prints one error and one skipped line naming the files that waited', async () => {
    const result = await checkCopy([edit(role, 'min: 80000', 'min: "not-a-number"')], realContent);
    const errors = errorLines(result.out);
    assert.equal(errors.length, 1, result.out);
    assert.match(
      result.out,
      /skipped: backend-developer did not pass its schema, see above; .*content\/guides\/backend-developer-salaries\.mdx/,
    );
    assert.doesNotMatch(result.out, /add one to outlook/);
  });

  test('the valid copy has no skipped line', async () => {
    const result = await checkCopy([write('.keep', '')], realContent);
    assert.equal(result.code, 0, result.out);
    assert.doesNotMatch(result.out, /skipped:/);
  });
});
