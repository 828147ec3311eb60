// A role's profile download (/data/roles/<id>-profile.csv): what a job ad needs, one row per duty, skill,
// technology and education item, the same as the role's JSON, linked from the page and listed in its contents.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { basePath, distDir, fileFor } from './support/dist.ts';
import { roleIds } from './support/content.ts';

const read = (path: string) => readFileSync(fileFor(basePath + path) ?? `${distDir}/${path}`, 'utf8');

for (const id of roleIds()) {
  test(`${id}: the profile CSV holds the JSON's duties, skills, technologies and education`, () => {
    const profile = JSON.parse(read(`data/roles/${id}.json`));
    const rows: Record<string, string>[] = parse(read(`data/roles/${id}-profile.csv`), { columns: true });
    expect(Object.keys(rows[0]!)).toEqual(['role', 'section', 'kind', 'item', 'detail']);
    expect(new Set(rows.map((r) => r.role))).toEqual(new Set([id]));
    const items = (section: string) => rows.filter((r) => r.section === section).map((r) => r.item);
    expect(items('duty')).toEqual(profile.duties);
    expect(items('skill')).toEqual(profile.skills.map((s: { name: string }) => s.name));
    expect(items('technology')).toEqual(profile.technologies.map((t: { name: string }) => t.name));
    expect(items('education')).toEqual([
      ...(profile.education.typical ? [profile.education.typical] : []),
      ...profile.education.routes.map((r: { description: string }) => r.description),
    ]);
    expect(items('certification')).toEqual(profile.education.certifications);
  });
}

test('a role page links its profile CSV in the download block, and its contents list the downloads', () => {
  const html = read('roles/backend-developer/');
  expect(html).toMatch(/<a href="[^"]*data\/roles\/backend-developer-profile\.csv" type="text\/csv; header=present">/);
  const contents = html.match(/<nav id="contents"[\s\S]*?<\/nav>/)![0];
  expect(contents).toContain('href="#download"');
  expect(html).toMatch(/<h3 id="download"[^>]*>Download this profile's data<\/h3>/);
});
