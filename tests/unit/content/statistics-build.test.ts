// Official figures are written once: a real build of a copy of content/ in which one value of a
// statistics file is changed and a newer edition is added, with no role file touched, must show the
// new value on every role page that uses it (table, JSON-LD, preview image) and mark the older
// edition superseded on every role that shows it. The build runs in a copy of the checkout with its own cache folder,
// so neither its .astro/ folder nor its content store is shared with the checkout or another test file's build.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { copyCheckout } from '../../../scripts/lib/copy-checkout.ts';

const dir = mkdtempSync(join(tmpdir(), 'statistics-build-'));
const root = copyCheckout(join(dir, 'checkout'));
const contentDir = join(dir, 'content');
const outDir = join(dir, 'dist');
after(() => rmSync(dir, { recursive: true, force: true }));

// Values no real edition has, so finding them proves they came from this copy.
const changedMedian = 123457;
const newerMedian = 987654;
// The medians of database administrators and of database architects alone: each role's headline (figures/headline.ts).
const changedOwn = [111111, 222222];

/** The roles whose occupation codes include one of `codes`, read from their frontmatter. */
function rolesWithCode(...codes: string[]): string[] {
  return readdirSync(join(contentDir, 'roles'))
    .filter((file) => {
      const text = readFileSync(join(contentDir, 'roles', file), 'utf8');
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { occupationCodes?: { code: string }[] };
      return (data.occupationCodes ?? []).some((mapping) => codes.includes(mapping.code));
    })
    .map((file) => file.replace(/\.mdx$/, ''));
}

const page = (role: string) => readFileSync(join(outDir, 'roles', role, 'index.html'), 'utf8');
const row = (html: string, id: string) => new RegExp(`<tr[^>]*id="figure-${id}"[^>]*>[\\s\\S]*?</tr>`).exec(html)?.[0];
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
const estimates = (html: string): { median?: number }[] =>
  jsonLd(html).find((node) => node['@type'] === 'Occupation')?.estimatedSalary ?? [];
const ogAlt = (html: string) => /<meta property="og:image:alt" content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('a statistics file is the one place an official figure lives', () => {
  const rolesBefore = new Map<string, string>();

  before(async () => {
    cpSync(join(root, 'content'), contentDir, { recursive: true });
    for (const file of readdirSync(join(contentDir, 'roles')))
      rolesBefore.set(file, readFileSync(join(contentDir, 'roles', file), 'utf8'));

    const dba = join(contentDir, 'statistics/bls-ooh-2024.yaml');
    const text = readFileSync(dba, 'utf8');
    assert.ok(text.includes('medianAnnual: 123100'), 'update this test: bls-ooh-2024.yaml changed');
    assert.ok(text.includes('medianAnnual: 104620 }') && text.includes('medianAnnual: 135980 }'));
    writeFileSync(
      dba,
      text
        .replace('medianAnnual: 123100', `medianAnnual: ${changedMedian}`)
        .replace('medianAnnual: 104620 }', `medianAnnual: ${changedOwn[0]} }`)
        .replace('medianAnnual: 135980 }', `medianAnnual: ${changedOwn[1]} }`),
    );

    writeFileSync(
      join(contentDir, 'statistics/bls-ooh-test-newer.yaml'),
      [
        'publisher: U.S. Bureau of Labor Statistics',
        'shortName: BLS',
        'dataset: Occupational Outlook Handbook',
        'edition: test edition',
        'url: https://www.bls.gov/ooh/',
        'classification: US-SOC-2018',
        'region: US',
        'currency: USD',
        `wages: { year: ${new Date().getUTCFullYear()}, month: May }`,
        'occupations:',
        '  - id: software-developers',
        '    title: Software developers, quality assurance analysts, and testers',
        '    codes: [15-1252, 15-1253]',
        '    url: https://www.bls.gov/ooh/computer-and-information-technology/software-developers.htm',
        `    pay: { medianAnnual: ${newerMedian} }`,
        '',
      ].join('\n'),
    );

    // Its own cache folder too: the copy's node_modules is this checkout's, and a build of other content into
    // the shared content store (node_modules/.astro) broke the next real build after an Astro upgrade.
    const args = ['scripts/lib/astro-build.ts', '--root', root, '--out', outDir, '--cache', join(dir, 'cache'), '--quiet'];
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: contentDir },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      child.on('error', reject);
      child.on('close', resolve);
    });
    assert.equal(code, 0, 'the build of the changed copy failed');
  });

  test('no role file was edited', () => {
    for (const [file, text] of rolesBefore) assert.equal(readFileSync(join(contentDir, 'roles', file), 'utf8'), text);
  });

  test('a changed value shows on every role page that uses it: table, JSON-LD and preview image', () => {
    const roles = rolesWithCode('15-1242', '15-1243');
    assert.ok(roles.length > 0, 'no role maps to the database occupations any more: update this test');
    for (const role of roles) {
      const html = page(role);
      assert.match(row(html, 'bls-ooh-2024-database-administrators-median') ?? '', /\$123,457/, role);
      // The JSON-LD and the preview image lead with the role's headline: the narrower median of its own occupation.
      assert.ok(
        changedOwn.includes(estimates(html)[0]?.median ?? 0),
        `${role}: the JSON-LD carries the changed median of the role's own occupation`,
      );
      assert.ok(!html.includes('$123,100') && !html.includes('$104,620'), `${role}: the old values are gone`);
      assert.match(ogAlt(html), /\$(111,111|222,222)/, `${role}: the preview image leads with the changed median`);
    }
  });

  test('a newer edition supersedes the older one on every role that shows it', () => {
    const roles = rolesWithCode('15-1252', '15-1253');
    assert.ok(roles.length > 0);
    for (const role of roles) {
      const html = page(role);
      const newer = row(html, 'bls-ooh-test-newer-software-developers-median');
      assert.ok(newer, `${role}: the newer edition's median is in the table`);
      assert.doesNotMatch(newer, /class="[^"]*superseded/);
      const older = row(html, 'bls-ooh-2023-software-developers-median') ?? '';
      assert.match(older, /class="[^"]*superseded/, `${role}: the 2023 median is marked superseded`);
      const medians = estimates(html).map((e) => e.median);
      // The JSON-LD carries the role's headline only, never a wider group's figure, current or not (headline.ts).
      assert.ok(!medians.includes(130160), `${role}: the JSON-LD drops the superseded median`);
    }
  });
});
