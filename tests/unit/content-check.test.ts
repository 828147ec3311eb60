// One fixture per rule of the content check: each test copies tests/fixtures/content-valid to a
// temporary folder, breaks one thing, runs the real CLI there and asserts the exact line it prints
// ("file:line  field  what is wrong — how to fix it"), the exit code, and that no stack trace leaks.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { assertMatcherReads } from './content-check/problem-matcher.ts';

const projectDir = resolve(import.meta.dirname, '../..');
const cli = join(projectDir, 'scripts/check-content.ts');
const fixture = join(projectDir, 'tests/fixtures/content-valid');
const run = promisify(execFile);
// Each test starts a process: run as many at once as there are cores.
const concurrency = availableParallelism();
const folders: string[] = [];
after(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

type Change = (dir: string) => void;
const path = (dir: string, file: string) => join(dir, 'content', file);
/** Replace text that must be in the file (so a fixture change cannot make a test pass vacuously). */
const edit =
  (file: string, from: string, to: string): Change =>
  (dir) => {
    const text = readFileSync(path(dir, file), 'utf8');
    assert.ok(text.includes(from), `fixture ${file} no longer contains ${JSON.stringify(from)}`);
    writeFileSync(path(dir, file), text.replace(from, to));
  };
/** Add lines at the end of a body after a blank line: line 41 of alpha-role.mdx, line 24 of beta-role.mdx. */
const append =
  (file: string, text: string): Change =>
  (dir) =>
    writeFileSync(path(dir, file), `${readFileSync(path(dir, file), 'utf8')}\n${text}\n`);
const write =
  (file: string, text: string): Change =>
  (dir) =>
    writeFileSync(path(dir, file), text);

async function check(...changes: Change[]): Promise<{ code: number; out: string; err: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'content-check-'));
  folders.push(dir);
  cpSync(fixture, join(dir, 'content'), { recursive: true });
  for (const change of changes) change(dir);
  const result = await run(process.execPath, [cli], { cwd: dir }).then(
    ({ stdout, stderr }) => ({ code: 0, out: stdout, err: stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      out: error.stdout,
      err: error.stderr,
    }),
  );
  readByMatcher(result.out);
  return result;
}

/** Every "file:line  …" line, warnings too, must become a note on the pull request (problem-matcher.ts). */
const readByMatcher = (out: string): void =>
  out
    .split('\n')
    .filter((line) => /^(warning {2})?content\/.+?:\d+ {2}/.test(line))
    .forEach((line) => assertMatcherReads(line));

/** The CLI fails with exactly this problem line among its output, and prints no stack trace. */
async function expectError(line: string, ...changes: Change[]) {
  const { code, out, err } = await check(...changes);
  assert.equal(code, 1, `expected exit 1, got ${code}:\n${out}${err}`);
  assert.ok(out.split('\n').includes(line), `expected the line\n  ${line}\nin\n${out}`);
  assertMatcherReads(line); // and the pull request shows it as a note on that file and line
  assert.doesNotMatch(out + err, /^\s+at .+:\d+:\d+\)?$/m, 'a stack trace was printed');
  assert.equal(err, '');
}

const alpha = 'roles/alpha-role.mdx';
const A = 'content/roles/alpha-role.mdx';

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
        path(dir, 'families.yaml'),
        `${readFileSync(path(dir, 'families.yaml'), 'utf8')}- id: web\n  name: Web again\n  description: A duplicate.\n`,
      ),
    ));
});

describe('technologies and skills', { concurrency }, () => {
  const withTechnology = (id: string) =>
    edit(alpha, 'education:\n', `technologies:\n  - technology: ${id}\neducation:\n`);
  const appendTo =
    (file: string, text: string): Change =>
    (dir) =>
      writeFileSync(path(dir, file), `${readFileSync(path(dir, file), 'utf8')}${text}`);

  test('the fixture lists two technologies and two skills, and a role may name them', async () => {
    const { code, out } = await check(withTechnology('fixture-lang'));
    assert.equal(code, 0, out);
  });
  test('a misspelt technology id names the line, the field and the id it was probably meant to be', () =>
    expectError(
      `${A}:12  technologies[0].technology  "fixture-dbb" does not exist — did you mean "fixture-db"?`,
      withTechnology('fixture-dbb'),
    ));
  test('a technology named by one of its aliases points to its id', () =>
    expectError(
      `${A}:12  technologies[0].technology  "fs" does not exist — did you mean "fixture-lang"?`,
      withTechnology('fs'),
    ));
  test('a skill named by one of its aliases points to its id', () =>
    expectError(
      `${A}:9  skills[0].skill  "calm" does not exist — did you mean "patience"?`,
      edit(alpha, '  - skill: reading\n', '  - skill: calm\n'),
    ));
  test('a skill listed twice in one role', () =>
    expectError(
      `${A}:10  skills[1].skill  "reading" is listed twice — keep one item, and put everything the role says about it in its detail`,
      edit(alpha, '  - skill: reading\n', '  - skill: reading\n  - skill: reading\n'),
    ));
  test('two technologies answering to the same name', () =>
    expectError(
      'content/technologies.yaml:11  [2].aliases[0]  "FS" already names "fixture-lang" — use "fixture-lang" where you meant it, or give this entry another name',
      appendTo('technologies.yaml', '- id: fixture-stack\n  name: Fixture stack\n  aliases: [FS]\n  category: tool\n'),
    ));
  test('two technologies with the same id', () =>
    expectError(
      'content/technologies.yaml:9  [2].id  "fixture-db" is used by two technologies — give each technology its own id',
      appendTo('technologies.yaml', '- id: fixture-db\n  name: Another DB\n  category: database\n'),
    ));
  test('a technology in a category that does not exist', () =>
    expectError(
      'content/technologies.yaml:3  [0].category  is not a known category — use one of language, framework, database, infrastructure, tool',
      edit('technologies.yaml', 'category: language', 'category: languages'),
    ));
  test('a skill of an unknown kind', () =>
    expectError(
      'content/skills.yaml:6  [1].kind  is not a known kind — use one of technical, personal',
      edit('skills.yaml', 'kind: personal', 'kind: soft'),
    ));
  test('a skill that is, through its broader skills, part of itself', () =>
    expectError(
      'content/skills.yaml:4  [0].broader  makes "reading" part of itself (reading → patience → reading) — name a wider skill that is not, in turn, part of this one',
      edit('skills.yaml', '  kind: technical\n', '  kind: technical\n  broader: patience\n'),
      appendTo('skills.yaml', '  broader: reading\n'),
    ));
  test('a broader skill that does not exist', () =>
    expectError(
      'content/skills.yaml:4  [0].broader  "patiense" does not exist — did you mean "patience"?',
      edit('skills.yaml', '  kind: technical\n', '  kind: technical\n  broader: patiense\n'),
    ));
  test('a compare page asked for two roles that are already linked', () =>
    expectError(
      `${A}:29  compareWith[0]  "beta-role" is already linked to this role by a progression step or "related", so their compare page exists — remove it from compareWith`,
      edit(alpha, '  leadsTo: [beta-role]\n', '  leadsTo: [beta-role]\ncompareWith: [beta-role]\n'),
    ));
});

describe('figures in FAQ text and the progression graph', { concurrency }, () => {
  test('a figure token naming no figure of the role', () =>
    expectError(
      `${A}:31  faqs[0].answer  {{salary:nope}} names no salary figure of this role — use one of fso-median`,
      edit(alpha, 'answer: No, it is a test fixture.', 'answer: It pays {{salary:nope}}.'),
    ));
  test('an amount typed into FAQ text instead of a token', () =>
    expectError(
      `${A}:31  faqs[0].answer  types the amount "$50,000" by hand — add it as a figure in salaries or outlook (with its source and year) and write {{salary:<id>}} or {{outlook:<id>}} here`,
      edit(alpha, 'answer: No, it is a test fixture.', 'answer: It pays $50,000 a year.'),
    ));
  test('a token that names a real figure passes', async () => {
    const { code, out } = await check(
      edit(alpha, 'answer: No, it is a test fixture.', 'answer: It pays {{salary:fso-median}}.'),
    );
    assert.equal(code, 0, out);
  });
  test('a role that leads to itself', () =>
    expectError(
      `${A}:28  progression.leadsTo[1]  names the role itself ("alpha-role") — remove it: a role cannot be a step from or to itself`,
      edit(alpha, 'leadsTo: [beta-role]', 'leadsTo: [beta-role, alpha-role]'),
    ));
  test('a role both before and after another', () =>
    expectError(
      `${A}:28  progression.leadsTo[0]  "beta-role" is both a next step and where people come from — keep it in one list, or move it to "related" if the move goes both ways`,
      edit(alpha, 'leadsTo: [beta-role]', 'leadsTo: [beta-role]\n  comesFrom: [beta-role]'),
    ));
});

describe('file rules', { concurrency }, () => {
  test('a file name that is not a page address (and would collide with another)', () =>
    expectError(
      'content/roles/Beta Role.mdx:1  (file name)  "Beta Role" cannot be a page address: use lowercase letters, digits and hyphens — beta-role.mdx already has the address "beta-role": merge the two files or pick another name',
      (dir) => cpSync(path(dir, 'roles/beta-role.mdx'), path(dir, 'roles/Beta Role.mdx')),
      edit('roles/Beta Role.mdx', 'title: Beta role', 'title: Beta role again'),
      edit('roles/Beta Role.mdx', 'summary: A second', 'summary: Another second'),
    ));
  test('a file the site would not read', () =>
    expectError(
      'content/guides/notes.md:1  (file name)  is not read: only .mdx files in content/guides/ are — rename it to notes.mdx',
      write('guides/notes.md', '# Notes\n'),
    ));
});

describe('statistics rules', { concurrency }, () => {
  const stats = 'statistics/stats-2025.yaml';
  const copyOfStats =
    (file: string, from = '', to = ''): Change =>
    (dir) =>
      writeFileSync(path(dir, file), readFileSync(path(dir, stats), 'utf8').replace(from, to));

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
      (dir) => rmSync(path(dir, stats)),
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
          `warning  content/statistics/stats-2025.yaml:11  occupations[0]  "fixture-workers" is the newest edition the site has for 15-1252, and it refers to ${year}, more than 3 years ago; readers see its figures marked "older figure" — look for a newer edition of the publication and add it as a new file in content/statistics/`,
        ),
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

describe('body rules: links, anchors, headings, images', { concurrency }, () => {
  test('a link to a page that does not exist', () =>
    expectError(
      `${A}:41  body  the link "/roles/betta-role/" is not a page on this site — did you mean "/roles/beta-role/"?`,
      append(alpha, 'See [beta](/roles/betta-role/).'),
    ));
  test('a link to a section another page does not have', () =>
    expectError(
      `${A}:41  body  the link "/roles/beta-role/#nightlife" points to a section "#nightlife" that "/roles/beta-role/" does not have — use one of: #at-a-glance, #duties, #salary, #outlook, #education, #work-environment, #progression, #sources, #pay-chart, #career-map, #day-to-day`,
      append(alpha, 'See [beta](/roles/beta-role/#nightlife).'),
    ));
  // A section the role's data leaves empty is not on the page (it is named in the "not covered" line).
  test("a link to a section the role's data leaves empty", () =>
    expectError(
      `${A}:41  body  the link "/roles/beta-role/#problems" points to a section "#problems" that "/roles/beta-role/" does not have — use one of: #at-a-glance, #duties, #salary, #outlook, #education, #work-environment, #progression, #sources, #pay-chart, #career-map, #day-to-day`,
      append(alpha, 'See [its problems](/roles/beta-role/#problems).'),
    ));
  test('the same link is fine once the data fills the section', async () => {
    const { code, out } = await check(
      append(alpha, 'See [its problems](/roles/beta-role/#problems).'),
      edit('roles/beta-role.mdx', 'skills: []', 'skills: []\nproblems:\n  - Knowing what the alpha role left.'),
    );
    assert.equal(code, 0, out);
  });
  test("a heading may not take a section's anchor even where the role leaves that section out", () =>
    expectError(
      `${A}:41  body  the heading "Problems" gets the anchor #problems, which the page already uses for its own section — reword the heading so the two sections keep separate addresses`,
      append(alpha, '## Problems'),
    ));
  test('an anchor on the same page with a typo', () =>
    expectError(
      `${A}:41  body  the anchor "#how-the-work-gos" matches no heading or section on this page — did you mean "#how-the-work-goes"?`,
      append(alpha, 'Back to [the start](#how-the-work-gos).'),
    ));
  test('a link to a draft guide', () =>
    expectError(
      `${A}:41  body  the link "/guides/draft-guide/" points to a draft guide, which is not published — publish it first (draft: false in content/guides/draft-guide.mdx) or remove the link`,
      append(alpha, 'Read [the draft](/guides/draft-guide/).'),
    ));
  test('a link without https:// or /', () =>
    expectError(
      `${A}:41  body  the link "www.example.org" starts with neither https:// nor / — write a full address (https://…) for another site, or start with / for a page on this one (/roles/backend-developer/)`,
      append(alpha, 'Visit [the site](www.example.org).'),
    ));
  test('a heading that skips a level', () =>
    expectError(
      `${A}:41  body  heading jumps from level 2 to 4 — use ### here, or add the missing level above it`,
      append(alpha, '#### Too deep'),
    ));
  test('a second level-1 heading', () =>
    expectError(
      `${A}:41  body  has a level-1 heading ("# ") — start sections at "## ": the page title is the only level-1 heading`,
      append(alpha, '# Another title'),
    ));
  test("a heading that takes a layout section's anchor", () =>
    expectError(
      `${A}:41  body  the heading "Salary" gets the anchor #salary, which the page already uses for its own section — reword the heading so the two sections keep separate addresses`,
      append(alpha, '## Salary'),
    ));
  test('a Markdown image without alt text', () =>
    expectError(
      `${A}:41  body  the image "/favicon.svg" has no alt text — describe the image between the brackets: ![what it shows](…)`,
      append(alpha, '![](/favicon.svg)'),
    ));
  test('an <img> without alt text', () =>
    expectError(
      `${A}:41  <img>  has no alt text — add alt="what the image shows"`,
      append(alpha, '<img src="https://example.org/chart.png" />'),
    ));
  test('an HTML link into the site, which would miss the base path', () =>
    expectError(
      `${A}:41  <a> href  points into this site with HTML, which breaks when the site is served from a sub-folder — write it as a Markdown link: [text](/roles/beta-role/)`,
      append(alpha, '<a href="/roles/beta-role/">Beta</a>'),
    ));
  test('a link to the error page', () =>
    expectError(
      `${A}:41  body  the link "/404/" is not a page on this site — fix the address, or link a role with <RoleLink role="…" /> and a guide with <GuideLink guide="…" />`,
      append(alpha, 'See [nothing](/404/).'),
    ));
  test('an image that is not in public/', () =>
    expectError(
      `${A}:41  body  the image "/images/chart.png" is not a file in public/ — add the file to public/ (public/images/x.png is written /images/x.png) or fix the address`,
      append(alpha, '![A chart](/images/chart.png)'),
    ));
  test('a TODO left in the body', () =>
    expectError(
      `${A}:41  body  still holds a TODO placeholder — replace it with your own text`,
      append(alpha, 'TODO finish this part.'),
    ));
  test('a body that is not valid MDX', () =>
    expectError(
      `${A}:41  body  cannot be read as MDX: Expected a closing tag for \`<Callout>\` before the end of \`paragraph\` — close the tag (<Callout>…</Callout>) or end it with "/>" (<RoleLink role="…" />)`,
      append(alpha, 'Some <Callout>text.'),
    ));
});

describe('body rules: safety of contributed MDX', { concurrency }, () => {
  const components =
    'Callout, Cite, CompareRoles, GuideLink, OutlookFigure, RoleCard, RoleLink, SalaryChart, SalaryFigure, SalaryTable';
  test('importing a package', () =>
    expectError(
      `${A}:41  body  imports "left-pad" — remove the import: only the site's components (${components}) may be used, and they need no import`,
      append(alpha, "import pad from 'left-pad'"),
    ));
  test('importing a file outside the components folder', () =>
    expectError(
      `${A}:41  body  imports "../../src/lib/site-data.ts" — remove the import: only the site's components (${components}) may be used, and they need no import`,
      append(alpha, "import { loadSite } from '../../src/lib/site-data.ts'"),
    ));
  test('exporting code', () =>
    expectError(
      `${A}:41  body  exports code — remove the export: content files may not define code`,
      append(alpha, 'export const answer = 42'),
    ));
  test('a <script> element', () =>
    expectError(
      `${A}:41  <script>  <script> is not allowed in content — remove it: use Markdown and the site components instead`,
      append(alpha, '<script>alert(1)</script>'),
    ));
  test('an inline event handler', () =>
    expectError(
      `${A}:41  <span>  has an event handler attribute "onmouseover" — remove it: content may not run script in the reader's browser`,
      append(alpha, '<span onmouseover="alert(1)">hover</span>'),
    ));
  test('a javascript: URL, even written with character references', () =>
    expectError(
      `${A}:41  body  contains a "javascript:" address — link to a web page (https://…) or a page on this site instead`,
      append(alpha, '[click](&#106;avascript:alert(1))'),
    ));
  test('a javascript: URL in an attribute', () =>
    expectError(
      `${A}:41  <a> href  contains a "javascript:" address — link to a web page (https://…) or a page on this site instead`,
      append(alpha, '<a href=" javascript:alert(1)">click</a>'),
    ));
  test('attributes spread from code', () =>
    expectError(
      `${A}:41  <span>  has a code attribute {...{ onClick: run }} — write each attribute as name="value"`,
      append(alpha, '<span {...{ onClick: run }}>x</span>'),
    ));
  test('a {…} expression in text', () =>
    expectError(
      `${A}:41  body  contains a {…} expression: {process.env.SECRET} — write the text without braces, or write \\{ for a brace`,
      append(alpha, 'The key is {process.env.SECRET}.'),
    ));
  test('a code expression in a component attribute', () =>
    expectError(
      `${A}:41  <RoleLink> label  holds a code expression — use a plain value in quotes, a list like {["a", "b"]}, a number like {3}, or {true}/{false}`,
      append(alpha, '<RoleLink role="beta-role" label={fetch("/x")} />'),
    ));
});

describe('body rules: components', { concurrency }, () => {
  test('a component the site does not have', () =>
    expectError(
      `${A}:41  <Chart>  is not a site component — use one of Callout, Cite, CompareRoles, GuideLink, OutlookFigure, RoleCard, RoleLink, SalaryChart, SalaryFigure, SalaryTable`,
      append(alpha, '<Chart data="x" />'),
    ));
  test('an attribute the component does not have', () =>
    expectError(
      `${A}:41  <RoleLink> rol  is not an attribute of <RoleLink> — use role, label`,
      append(alpha, '<RoleLink rol="beta-role" role="beta-role" />'),
    ));
  test('a required attribute left out', () =>
    expectError(
      `${A}:41  <GuideLink> guide  is missing — add guide="…": a file name in content/guides/, without .mdx`,
      append(alpha, '<GuideLink label="Read this" />'),
    ));
  test('an attribute value outside its choices', () =>
    expectError(
      `${A}:41  <Callout> type  "danger" is not one of its values — use type="note", type="tip", type="warning"`,
      append(alpha, '<Callout type="danger">Careful.</Callout>'),
    ));
  test('a role that does not exist', () =>
    expectError(
      `${A}:41  <RoleCard> role  "gamma-role" is not a role — use a file name from content/roles/ without .mdx: alpha-role, beta-role`,
      append(alpha, '<RoleCard role="gamma-role" />'),
    ));
  test('a pay chart of a role that does not exist', () =>
    expectError(
      `${A}:41  <SalaryChart> role  "gamma-role" is not a role — use a file name from content/roles/ without .mdx: alpha-role, beta-role`,
      append(alpha, '<SalaryChart role="gamma-role" />'),
    ));
  test('a link to the pay chart of a role that has no figure to chart', () =>
    expectError(
      `${A}:41  body  the link "/roles/beta-role/#pay-chart" points to a section "#pay-chart" that "/roles/beta-role/" does not have — use one of: #at-a-glance, #duties, #education, #work-environment, #progression, #sources, #career-map, #day-to-day`,
      append(alpha, 'See [its pay](/roles/beta-role/#pay-chart).'),
      edit('roles/beta-role.mdx', 'occupationCodes:\n  - { system: US-SOC-2018, code: 15-1252, relation: is }\n', ''),
    ));
  test('a source that does not exist', () =>
    expectError(
      `${A}:41  <Cite> source  "survey-z" is not a source — use one of survey-a, survey-b, stats-2025, or add content/sources/survey-z.yaml`,
      append(alpha, 'A claim <Cite source="survey-z" />.'),
    ));
  test("a source the role's list leaves out", () =>
    expectError(
      `content/roles/beta-role.mdx:24  <Cite> source  "survey-b" is cited in the text but not listed in this role's "sources" — add survey-b to sources in the frontmatter`,
      append('roles/beta-role.mdx', 'A claim <Cite source="survey-b" />.'),
    ));
  test('a figure id the role does not have', () =>
    expectError(
      `${A}:41  <SalaryFigure> id  alpha-role has no salary figure "fso-mean" — use one of fso-median`,
      append(alpha, 'Pay: <SalaryFigure role="alpha-role" id="fso-mean" />.'),
    ));
  test('a guide link to a draft', () =>
    expectError(
      `${A}:41  <GuideLink> guide  "draft-guide" is a draft guide, which is not published — publish it first (draft: false in content/guides/draft-guide.mdx) or remove the link`,
      append(alpha, '<GuideLink guide="draft-guide" />'),
    ));
});

describe('the command itself', { concurrency }, () => {
  test('every problem is reported in one run, across files', async () => {
    const { code, out } = await check(
      edit(alpha, 'currency: USD', 'currency: DOLLARS'),
      append('roles/beta-role.mdx', '<Chart />'),
      edit('guides/first-guide.mdx', 'author: Fixture editors', 'author: TODO'),
    );
    assert.equal(code, 1);
    assert.match(out, /^content\/guides\/first-guide\.mdx:5 {2}author {2}still holds a TODO placeholder/m);
    assert.match(out, /^content\/roles\/alpha-role\.mdx:20 {2}salaries\[0\]\.currency /m);
    assert.match(out, /^content\/roles\/beta-role\.mdx:24 {2}<Chart> /m);
    assert.match(out, /3 error\(s\), 0 warning\(s\)/);
  });
  test('a missing content folder is a message, not a crash', async () => {
    const { code, out, err } = await check((dir) => rmSync(join(dir, 'content'), { recursive: true }));
    assert.equal(code, 2);
    assert.equal(out.trim(), 'check:content: there is no folder content — run the command from the project folder.');
    assert.equal(err, '');
  });
});
