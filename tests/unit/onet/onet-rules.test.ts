import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { importOnet } from '../../../scripts/onet/import.ts';
import { checkOnet } from '../../../scripts/content-check/onet-rules.ts';
import { formatProblem } from '../../../scripts/content-check/problems.ts';
import type { ParsedContent } from '../../../scripts/content-check/schema-rules.ts';
import { onetFixture } from './onet-fixture.ts';
import { tempFolder } from '../support/temp-folder.ts';

const release = onetFixture();

/** A fresh import of the fixture release in content/onet/ of a temporary project, changed by `change`. */
function project(change: (onet: string) => void = () => {}) {
  const root = tempFolder('onet-rules');
  const onet = join(root, 'content/onet');
  importOnet(release, onet);
  change(onet);
  return root;
}
const edit = (file: string, from: string | RegExp, to: string) => (onet: string) => {
  const path = join(onet, file);
  const text = readFileSync(path, 'utf8');
  assert.match(text, typeof from === 'string' ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : from);
  writeFileSync(path, text.replace(from, to));
};

/** A role as the schema rules hand it over: its path, the line of a field, its parsed data. */
const role = (codes: string[]): ParsedContent =>
  ({
    collection: 'roles',
    file: { collection: 'roles', path: 'content/roles/alpha-role.mdx', lineOf: () => 12 },
    data: { onetOccupations: codes.map((code) => ({ code, relation: 'is' })) },
  }) as unknown as ParsedContent;

const lines = (root: string, roles: ParsedContent[] = []) =>
  checkOnet(join(root, 'content'), root, roles).map(formatProblem);
const developers = 'content/onet/occupations/15-1252.00.yaml';

describe('content check of content/onet/', () => {
  test('a fresh import passes, and a role mapped to a carried code passes', () => {
    assert.deepEqual(lines(project(), [role(['15-1252.00'])]), []);
  });

  test('a missing release version fails with file, line, field and fix', () => {
    const root = project(edit('release.yaml', /^version: .*\n/m, ''));
    assert.deepEqual(lines(root), [
      'content/onet/release.yaml:4  version  is missing, so pages cannot say which release their data comes from — add version: "30.2" (in quotes), or import the release again',
    ]);
  });

  test('a missing release file fails', () => {
    const root = project((onet) => writeFileSync(join(onet, 'release.yaml'), ''));
    assert.match(lines(root).join('\n'), /content\/onet\/release\.yaml:1 {2}\(file\) {2}/);
  });

  test('a malformed code fails naming the shape to write', () => {
    const root = project(edit('occupations/15-1252.00.yaml', 'code: 15-1252.00', 'code: 15-1252'));
    assert.deepEqual(lines(root), [
      `${developers}:4  code  "15-1252" is not an O*NET-SOC code — write the 8-digit code with its dot, like "15-1252.00"`,
    ]);
  });

  test('an unknown element id fails with a did-you-mean', () => {
    const root = project(edit('occupations/15-1252.00.yaml', 'elementId: 2.B.3.e', 'elementId: 2.B.3.f'));
    assert.deepEqual(lines(root), [
      `${developers}:24  skills[0].elementId  "2.B.3.f" is not a skills element in content/onet/reference/elements.yaml — did you mean "2.B.3.e"?`,
    ]);
  });

  test('a value outside its scale fails naming the scale and its bounds', () => {
    const root = project(edit('occupations/15-1252.00.yaml', 'value: 4.88', 'value: 7.5'));
    assert.deepEqual(lines(root), [
      `${developers}:26  skills[0].level.value  is 7.5, outside the Level scale (LV, 0 to 7) — write the value O*NET gives, between 0 and 7, or import the release again with "npm run import:onet -- <folder of O*NET text files>"`,
    ]);
  });

  test('a file read back from the parse cache reports the same problem on the same line', () => {
    const root = project(edit('occupations/15-1252.00.yaml', 'value: 4.88', 'value: 7.5'));
    const first = lines(root);
    assert.equal(first.length, 1);
    assert.deepEqual(lines(root), first, 'the second run reads the cached data and still finds the line');
  });

  test('a percentage above 100 fails too', () => {
    const root = project(edit('occupations/15-1252.00.yaml', 'percent: 84.8', 'percent: 848'));
    assert.match(
      lines(root).join('\n'),
      /education\.RL\[1\]\.percent {2}is 848, outside the Required Level Of Education/,
    );
  });

  test('a category not in the reference table fails, listing the known ones', () => {
    const root = project(edit('occupations/15-1252.00.yaml', 'category: 6', 'category: 13'));
    assert.deepEqual(lines(root), [
      `${developers}:22  education.RL[1].category  is 13, not a RL category in content/onet/reference/education-categories.yaml — use one of 2, 6, or import the release again with "npm run import:onet -- <folder of O*NET text files>"`,
    ]);
  });

  test('a role mapped to a code the project does not carry fails with a did-you-mean', () => {
    assert.deepEqual(lines(project(), [role(['15-1252.01'])]), [
      'content/roles/alpha-role.mdx:12  onetOccupations[0].code  "15-1252.01" has no file in content/onet/occupations/ — did you mean "15-1252.00"?',
    ]);
  });

  test('a project without O*NET data and without mappings has nothing to check', () => {
    const root = tempFolder('onet-none');
    assert.deepEqual(lines(root, []), []);
  });
});
