// The content check, frontmatter rules: fields, types, references, duplicates, and how old a figure may be.
// Each test copies tests/fixtures/content-valid, breaks one thing, runs the real CLI there and asserts the exact
// line it prints ("file:line  field  what is wrong — how to fix it"), the exit code, and that no stack trace leaks.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, test } from 'node:test';
import { A, alpha, check, contentPath, edit, expectError, write } from '../support/content-copy.ts';

// Each test starts a process: run as many at once as there are cores.
const concurrency = availableParallelism();

test('the valid fixture passes', async () => {
  const { code, out } = await check();
  assert.equal(code, 0, out);
  assert.match(out, /content is valid \(0 warning\(s\)\)/);
});

describe('frontmatter rules', { concurrency }, () => {
  test('a missing field names the field and what to write', () =>
    expectError(
      `${A}:2  summary  is missing — add it: One sentence, 50 to 160 characters: the meta description and the card text.`,
      edit(
        alpha,
        'summary: A fixture role that exists only so the content check tests have something valid to break.\n',
        '',
      ),
    ));
  test('min greater than max', () =>
    expectError(
      `${A}:24  salaries[0].min  min (90000) is greater than max (40000) — swap them`,
      edit(alpha, 'statistic: median\n    amount: 50000', 'statistic: range\n    min: 90000\n    max: 40000'),
    ));
  test('an unknown currency code', () =>
    expectError(
      `${A}:20  salaries[0].currency  "DOLLARS" is not an ISO 4217 currency code — use three capital letters such as "USD", "EUR" or "GBP".`,
      edit(alpha, 'currency: USD', 'currency: DOLLARS'),
    ));
  test('a year that is a guess in words', () =>
    expectError(
      `${A}:25  salaries[0].year  is not a year — give the year the figure refers to (for example 2023), or write "undated" when the source does not say`,
      edit(alpha, 'year: 2025', 'year: recent'),
    ));
  test('a misspelt field is not silently dropped', () =>
    expectError(
      `${A}:29  faq  is not a known field, so the site would ignore it — did you mean "faqs"? Rename it`,
      edit(alpha, 'faqs:', 'faq:'),
    ));
  test('a TODO left in an optional field', () =>
    expectError(
      `${A}:27  salaries[0].note  still holds a TODO placeholder — replace it: a caveat readers should see beside the figure.`,
      edit(alpha, '    source: survey-a\n', '    source: survey-a\n    note: TODO\n'),
    ));
  test('frontmatter that is not valid YAML', () =>
    expectError(
      `${A}:4  (frontmatter)  cannot be read: Nested mappings are not allowed in compact mappings — check the indentation, and put text containing ": " or starting with a symbol in quotes`,
      edit(alpha, 'family: web', 'family: web: development'),
    ));
  test('a reference to a role that does not exist', () =>
    expectError(
      `${A}:28  progression.leadsTo[0]  "gamma-role" does not exist — use an existing id (alpha-role, beta-role) or create content/roles/gamma-role.mdx`,
      edit(alpha, 'leadsTo: [beta-role]', 'leadsTo: [gamma-role]'),
    ));
  test('a figure citing a source that does not exist', () =>
    expectError(
      `${A}:26  salaries[0].source  "pay-report" does not exist — use an existing id (survey-a, survey-b) or create content/sources/pay-report.yaml`,
      edit(alpha, '    source: survey-a', '    source: pay-report'),
    ));
  test('a misspelt reference gets the id it was probably meant to be', () =>
    expectError(
      `${A}:4  family  "webb" does not exist — did you mean "web"?`,
      edit(alpha, 'family: web', 'family: webb'),
    ));
  test('an amount written with a currency sign and commas', () =>
    expectError(
      `${A}:24  salaries[0].amount  should be a number ("$50,000") — write digits only: no currency sign, no commas, no words`,
      edit(alpha, 'amount: 50000', 'amount: $50,000'),
    ));
  test('references are checked even when other fields fail', async () => {
    const { out } = await check(
      edit(alpha, 'currency: USD', 'currency: DOLLARS'),
      edit(alpha, 'leadsTo: [beta-role]', 'leadsTo: [betta-role]'),
    );
    assert.ok(
      out
        .split('\n')
        .includes(`${A}:28  progression.leadsTo[0]  "betta-role" does not exist — did you mean "beta-role"?`),
      out,
    );
  });
  test("a figure citing a source missing from the role's list", () =>
    expectError(
      `${A}:26  salaries[0].source  "survey-a" is not in this role's "sources" list — add survey-a to sources so readers find it in the Sources section`,
      edit(alpha, 'sources: [survey-a, survey-b]', 'sources: [survey-b]'),
    ));
  test('two pages with the same title', () =>
    expectError(
      'content/roles/beta-role.mdx:2  title  the same title as content/roles/alpha-role.mdx — make it unique: search engines and readers tell pages apart by their title',
      edit('roles/beta-role.mdx', 'title: Beta role', 'title: Alpha role'),
    ));
  test('two pages with the same description', () =>
    expectError(
      'content/guides/first-guide.mdx:3  description  the same description as content/roles/beta-role.mdx — make it unique: search engines and readers tell pages apart by their description',
      edit(
        'roles/beta-role.mdx',
        'summary: A second fixture role, the one the first fixture role leads to in its progression.',
        'summary: A fixture guide that links to both fixture roles so the link rules have a target.',
      ),
    ));
  test('two families with the same id', () =>
    expectError('content/families.yaml:5  [1].id  "web" is used by two families — give each family its own id', (dir) =>
      writeFileSync(
        contentPath(dir, 'families.yaml'),
        `${readFileSync(contentPath(dir, 'families.yaml'), 'utf8')}- id: web\n  name: Web again\n  description: A duplicate.\n`,
      ),
    ));
});

describe('figure age', () => {
  test('an older figure is a warning, not an error', async () => {
    const year = new Date().getUTCFullYear() - 5;
    const { code, out } = await check(edit(alpha, 'year: 2025', `year: ${year}`));
    assert.equal(code, 0, out);
    assert.ok(
      out
        .split('\n')
        .includes(
          `warning  ${A}:18  salaries[0]  "fso-median" refers to ${year}, more than 3 years ago; readers see it marked "older figure" — look for a newer edition of the source and add it, pointing this one at it with supersededBy`,
        ),
      out,
    );
    assert.match(out, /content is valid \(1 warning\(s\)\)/);
  });
});
