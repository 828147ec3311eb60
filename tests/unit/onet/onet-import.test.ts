import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { importOnet } from '../../../scripts/onet/import.ts';
import { onetFixture } from './onet-fixture.ts';
import { tempFolder } from '../support/temp-folder.ts';

const project = join(import.meta.dirname, '../../..');
const outDir = () => join(tempFolder('onet-out'), 'onet');
const read = (dir: string, file: string) => parse(readFileSync(join(dir, file), 'utf8'));

/** Run the command as an editor would, returning what it printed and its exit code. */
function runImporter(folder: string, out: string): { output: string; status: number } {
  try {
    const output = execFileSync(process.execPath, ['scripts/import-onet.ts', folder, out], {
      cwd: project,
      encoding: 'utf8',
    });
    return { output, status: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; status: number };
    return { output: failed.stdout + failed.stderr, status: failed.status };
  }
}

describe('import:onet on a good release folder', () => {
  const out = outDir();
  importOnet(onetFixture(), out);
  const developers = read(out, 'occupations/15-1252.00.yaml');

  test('writes the release with its version, month and credit', () => {
    const release = read(out, 'release.yaml');
    assert.equal(release.version, '30.2');
    assert.equal(release.released, '2026-02');
    assert.match(release.credit, /^This page includes information from the O\*NET 30\.2 Database by the U\.S\./);
  });

  test('writes one file per occupation with its values, dates and domain sources', () => {
    assert.ok(existsSync(join(out, 'occupations/15-1299.00.yaml')));
    assert.equal(developers.title, 'Software Developers');
    assert.deepEqual(developers.jobZone, { zone: 4, date: '2025-08', domainSource: 'Analyst' });
    assert.deepEqual(developers.education.RL[1], {
      category: 6,
      percent: 84.8,
      n: 22,
      suppress: false,
      date: '2025-08',
      domainSource: 'Incumbent',
    });
    assert.equal(developers.education.RL[0].suppress, true);
    assert.deepEqual(developers.skills[0].importance, { value: 4, n: 8, date: '2025-08', domainSource: 'Analyst' });
    assert.equal(developers.skills[0].level.notRelevant, false);
    assert.equal(developers.knowledge[0].importance.n, undefined, 'an n/a sample size is left out');
  });

  test('sorts lists so a re-import diffs cleanly, and keeps flags and short titles', () => {
    assert.deepEqual(
      developers.relatedOccupations.map((r: { code: string }) => r.code),
      ['15-1211.00', '15-1299.00'],
    );
    assert.deepEqual(
      developers.technologies.map((t: { example: string }) => t.example),
      ['Git', 'PostgreSQL'],
    );
    assert.equal(developers.technologies[1].hot, true);
    assert.equal(developers.technologies[0].inDemand, false);
    assert.equal(developers.alternateTitles[0].shortTitle, 'DevOps Engineer');
    assert.equal(developers.alternateTitles[1].shortTitle, undefined);
  });

  test('never copies descriptions, and keeps only the used elements and scales', () => {
    const everything = ['occupations/15-1252.00.yaml', 'reference/elements.yaml']
      .map((f) => readFileSync(join(out, f), 'utf8'))
      .join('\n');
    assert.doesNotMatch(everything, /description the importer|circuit boards|Writing computer programs/);
    assert.deepEqual(
      read(out, 'reference/elements.yaml').map((e: { id: string }) => e.id),
      ['2.B.3.e', '2.C.3.a'],
    );
    assert.deepEqual(
      read(out, 'reference/scales.yaml').map((s: { id: string }) => s.id),
      ['IM', 'LV', 'RL'],
    );
    const labels = read(out, 'reference/education-categories.yaml').map((c: { label: string }) => c.label);
    assert.deepEqual(
      labels,
      ['High School Diploma', "Bachelor's Degree"],
      'labels without the explanation after " - "',
    );
    assert.deepEqual(read(out, 'reference/job-zones.yaml'), [
      { zone: 4, name: 'Job Zone Four: Considerable Preparation Needed' },
    ]);
  });

  test('an occupation without ratings gets empty lists, not missing fields', () => {
    const other = read(out, 'occupations/15-1299.00.yaml');
    assert.deepEqual(other.skills, []);
    assert.deepEqual(other.education, {});
    assert.equal(other.jobZone, undefined);
  });
});

describe('import:onet refuses a release laid out differently', () => {
  test('a renamed file (O*NET 30.3 "Software Skills") fails with one line naming both names', () => {
    const folder = onetFixture();
    renameSync(join(folder, 'Technology Skills.txt'), join(folder, 'Software Skills.txt'));
    const out = outDir();
    const { output, status } = runImporter(folder, out);
    assert.equal(status, 1);
    assert.equal(output.trim().split('\n').length, 1, output);
    assert.match(output, /expected "Technology Skills\.txt" .* found "Software Skills\.txt" instead/);
    assert.ok(!existsSync(out), 'nothing is written when the import fails');
  });

  test('skills split in two fails naming both new files', () => {
    const folder = onetFixture();
    renameSync(join(folder, 'Skills.txt'), join(folder, 'Basic Skills.txt'));
    writeFileSync(join(folder, 'Cross-Functional Skills.txt'), 'x\r\n');
    const { output } = runImporter(folder, outDir());
    assert.match(output, /expected "Skills\.txt" .* found "Basic Skills\.txt" and "Cross-Functional Skills\.txt"/);
  });

  test('a renamed column fails naming the file, column and both names', () => {
    const folder = onetFixture();
    const path = join(folder, 'Alternate Titles.txt');
    writeFileSync(path, readFileSync(path, 'utf8').replace('Alternate Title\t', 'Job Title\t'));
    const { output, status } = runImporter(folder, outDir());
    assert.equal(status, 1);
    assert.equal(output.trim().split('\n').length, 1, output);
    assert.match(output, /"Alternate Titles\.txt" line 1, column 2: expected "Alternate Title", found "Job Title"/);
    assert.doesNotMatch(output, /at .*\.ts:\d+/, 'no stack trace');
  });

  test('a missing column fails too', () => {
    const folder = onetFixture();
    const path = join(folder, 'Job Zones.txt');
    writeFileSync(path, 'O*NET-SOC Code\tJob Zone\tDate\r\n15-1252.00\t4\t08/2025\r\n');
    const { output } = runImporter(folder, outDir());
    assert.match(output, /"Job Zones\.txt" line 1, column 4: expected "Domain Source", found nothing/);
  });

  test('a damaged value fails with its line and column', () => {
    const folder = onetFixture();
    const path = join(folder, 'Job Zones.txt');
    writeFileSync(path, readFileSync(path, 'utf8').replace('08/2025', 'August 2025'));
    const { output } = runImporter(folder, outDir());
    assert.match(output, /"Job Zones\.txt" line 2, column "Date": is not a date written MM\/YYYY/);
  });
});
