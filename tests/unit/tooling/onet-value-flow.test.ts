// One O*NET value, changed in a copy of the data, reaches everything that shows it: a real build of the small
// fixture site whose alpha role maps to software developers (15-1252.00), with Programming's importance raised
// from O*NET's 4.00 to 4.90 in the copy's content/onet/. The page, the skills chart, the role's JSON and the
// figures CSV must all show 4.9, so none of them reads a value of its own.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { visibleText } from '../../../scripts/lib/built-pages.ts';
import { realContent } from '../support/content-copy.ts';
import { buildSmallSite } from '../support/small-site.ts';

const code = '15-1252.00';
const programming = '2.B.3.e';
const original = `  - elementId: ${programming}\n    importance: { value: 4, `;
const changed = `  - elementId: ${programming}\n    importance: { value: 4.9, `;
const occupationFile = (contentDir: string) => join(contentDir, 'onet/occupations', `${code}.yaml`);

/** Real O*NET files for the occupation and its reference tables, Programming changed, the alpha role mapped to it. */
function mapAlphaRoleToChangedData(contentDir: string): void {
  rmSync(join(contentDir, 'onet/reference'), { recursive: true });
  cpSync(join(realContent, 'onet/reference'), join(contentDir, 'onet/reference'), { recursive: true });
  const occupation = readFileSync(occupationFile(realContent), 'utf8');
  assert.ok(occupation.includes(original), `content/onet has Programming at importance 4 for ${code}`);
  writeFileSync(occupationFile(contentDir), occupation.replace(original, changed));
  const role = join(contentDir, 'roles/alpha-role.mdx');
  const text = readFileSync(role, 'utf8');
  const mapping = `onetOccupations:\n  - code: ${code}\n    relation: is\nprogression:`;
  writeFileSync(role, text.replace(/^progression:/m, mapping));
}

let out = '';
before(async () => {
  const build = await buildSmallSite({}, mapAlphaRoleToChangedData);
  assert.equal(build.code, 0, `the small site failed to build:\n${build.stderr}`);
  out = build.out;
});
const built = (file: string) => readFileSync(join(out, file), 'utf8');

test('the role page lists Programming at the changed importance', () => {
  const page = visibleText(built('roles/alpha-role/index.html'));
  assert.match(page, /Programming 4\.9, not shown/);
  assert.doesNotMatch(page, /Programming 4\.0/);
});

test('the skills chart draws the changed importance', () => {
  const chart = visibleText(built('charts/skills/wide/alpha-role.svg'));
  assert.match(chart, /Programming[^A-Z]*4\.9/);
});

test('the role JSON carries the exact changed value with its release, date and domain source', () => {
  const json = JSON.parse(built('data/roles/alpha-role.json')) as {
    onet: { release: { version: string }; occupations: { code: string; skills: Record<string, unknown>[] }[] };
  };
  const occupation = json.onet.occupations.find((o) => o.code === code)!;
  assert.deepEqual(
    occupation.skills.find((s) => s.elementId === programming),
    {
      elementId: programming,
      name: 'Programming',
      importance: 4.9,
      date: '2025-08',
      domainSource: 'Analyst',
    },
  );
  assert.equal(json.onet.release.version, '30.2');
});

test('the figures CSV row for Programming importance holds the changed value', () => {
  const rows = parse(built('data/figures.csv'), { columns: true }) as Record<string, string>[];
  const row = rows.find(
    (r) => r.role === 'alpha-role' && r.onetMeasure === 'skill-importance' && r.onetElement === programming,
  );
  assert.ok(row, 'a CSV row for alpha-role, Programming importance');
  assert.equal(row.value, '4.9');
  assert.equal(row.onetRelease, '30.2');
  assert.equal(row.onetDate, '2025-08');
});
