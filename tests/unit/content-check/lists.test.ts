// The content check, technologies.yaml and skills.yaml: ids, names and aliases, broader skills.
// Each test copies tests/fixtures/content-valid, breaks one thing, runs the real CLI there and asserts the exact
// line it prints ("file:line  field  what is wrong — how to fix it"), the exit code, and that no stack trace leaks.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, test } from 'node:test';
import { A, alpha, check, contentPath, edit, expectError, type Change } from '../support/content-copy.ts';

// Each test starts a process: run as many at once as there are cores.
const concurrency = availableParallelism();

describe('technologies and skills', { concurrency }, () => {
  const withTechnology = (id: string) =>
    edit(alpha, 'education:\n', `technologies:\n  - technology: ${id}\neducation:\n`);
  const appendTo =
    (file: string, text: string): Change =>
    (dir) =>
      writeFileSync(contentPath(dir, file), `${readFileSync(contentPath(dir, file), 'utf8')}${text}`);

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
