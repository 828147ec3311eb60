// What editors rely on, checked on the built site: each page links to its source file and shows
// its change history; the content check and the pages agree on anchors and on "older figure";
// a progression step shows on both roles it joins.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { checkContent } from '../../scripts/content-check/check.ts';
import { loadContent } from '../../scripts/content-check/load.ts';
import { checkSchemas } from '../../scripts/content-check/schema-rules.ts';
import { buildSiteIndex } from '../../scripts/content-check/site-index.ts';
import { siteConfig } from '../../src/site.config.ts';
import { figuresOf, sampledRoleIds } from './support/content.ts';
import { readServedMarkup } from './support/served-markup.ts';

const projectDir = resolve(import.meta.dirname, '../..');
const contentDir = resolve(projectDir, 'content');
const { parsed } = checkSchemas(loadContent(contentDir, projectDir));
const site = buildSiteIndex(parsed, projectDir);
const rolePages = [...site.roles.keys()].map((id) => `/roles/${id}/`);
const guidePages = [...site.guides].map((id) => `/guides/${id}/`);
const sourceFile = (path: string) => `content${path.replace(/\/$/, '')}.mdx`;

const git = (...args: string[]) => execFileSync('git', args, { cwd: projectDir, encoding: 'utf8' }).trim();
const shallow = git('rev-parse', '--is-shallow-repository') === 'true';

test.describe('every role and guide page', () => {
  for (const path of [...sampledRoleIds().map((id) => `/roles/${id}/`), ...guidePages]) {
    test(`${path} links to its file on GitHub and has every anchor the content check accepts`, async ({ page }) => {
      await page.goto(path);
      const dates = page.locator('.page-dates');
      await expect(dates).toContainText(path.startsWith('/roles/') ? 'Last reviewed' : /Published|Updated/);
      await expect(dates.getByRole('link', { name: 'Suggest an edit' })).toHaveAttribute(
        'href',
        `${siteConfig.repositoryUrl}/edit/${siteConfig.repositoryBranch}/${sourceFile(path)}`,
      );
      const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((e) => e.id));
      // The check accepts a link to path#anchor only if the built page really has that anchor.
      for (const anchor of site.pages.get(path)!) expect(ids, `#${anchor}`).toContain(anchor);
    });
  }
});

test('the change history lists the days git recorded for the file, newest first', async ({ page }) => {
  const path = '/roles/backend-developer/';
  const file = sourceFile(path);
  // Computed independently of the site: git's own rename-following log of this one file.
  const days = [...new Set(git('log', '--follow', '--format=%cs', '--', file).split('\n').filter(Boolean))];
  await page.goto(path);
  const history = page.locator('details.page-history');
  if (shallow || days.length === 0) {
    await expect(history).toHaveCount(0);
    return;
  }
  await expect(history).toHaveCount(1);
  await expect(history.locator('ol')).toBeHidden(); // closed until the reader opens it
  await history.locator('summary').click();
  expect(await history.locator('ol time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')))).toEqual(
    days.slice(0, 10),
  );
  await expect(history.getByRole('link', { name: 'Every change to this page on GitHub' })).toHaveAttribute(
    'href',
    `${siteConfig.repositoryUrl}/commits/${siteConfig.repositoryBranch}/${file}`,
  );
});

/** The ids of the figure rows marked "older figure" in a role page's salary and outlook sections. */
const olderFigures = (doc: Document) =>
  [
    ...new Set(
      [...doc.querySelectorAll('section[aria-labelledby="salary"] tr, section[aria-labelledby="outlook"] tr')]
        .filter((row) =>
          [...row.querySelectorAll('.badge')].some((badge) => badge.textContent?.trim() === 'older figure'),
        )
        .map((row) => row.id.replace(/^figure-/, '')),
    ),
  ].sort();

test('the figures marked "older figure" are exactly those the content check warns about', async ({ page }) => {
  const warnings = checkContent(contentDir, projectDir, {
    maxFigureAgeYears: siteConfig.maxFigureAgeYears,
    projectDir,
  }).filter((p) => p.severity === 'warning');
  // An official occupation is warned about once, in its statistics file; every role showing its current
  // figures shows them marked.
  const olderOccupations = warnings
    .filter((w) => w.file.startsWith('content/statistics/'))
    .map((w) => `${w.file.replace(/^content\/statistics\/|\.yaml$/g, '')}|${/^"([^"]+)"/.exec(w.message)![1]}`);
  const marked = await readServedMarkup(page, rolePages, olderFigures);
  for (const path of rolePages) {
    const id = path.split('/')[2]!;
    const { salaries, outlook } = figuresOf(id);
    const official = [...salaries, ...outlook].filter(
      (f) =>
        'official' in f &&
        !f.supersededBy &&
        olderOccupations.includes(
          `${(f as { official: { edition: string } }).official.edition}|${(f as { official: { occupation: string } }).official.occupation}`,
        ),
    );
    const expected = [
      // A role's own warnings about figures name the figure first; others (figuresNotAdded) are not about age.
      ...warnings
        .filter((w) => w.file === sourceFile(path))
        .flatMap((w) => /^"([^"]+)"/.exec(w.message)?.slice(1, 2) ?? []),
      ...official.map((f) => f.id),
    ].sort();
    expect(marked.get(path), path).toEqual(expected);
  }
});

test('a superseded figure is marked superseded, not "older figure"', async ({ page }) => {
  await page.goto('/roles/backend-developer/');
  const row = page.locator('#figure-bls-ooh-2020-software-developers-median');
  await expect(row).toContainText('superseded by the 2023 figure');
  await expect(row).not.toContainText('older figure');
});

test('every progression step shows on both roles it joins', async ({ page }) => {
  const steps = await readServedMarkup(page, rolePages, (doc) => {
    const list = (heading: string) => {
      const title = [...doc.querySelectorAll('section[aria-labelledby="progression"] h3')].find((h3) =>
        h3.textContent?.includes(heading),
      );
      // Each step also links the page comparing the two roles; only the role's own link is the step.
      const links = title?.nextElementSibling?.querySelectorAll('a:not([href*="/compare/"])') ?? [];
      return [...links].map((a) => new URL(a.getAttribute('href')!, location.href).pathname);
    };
    return { leads: list('Where it leads'), comes: list('Where people come from') };
  });
  for (const [path, { leads, comes }] of steps) {
    for (const next of leads) expect(steps.get(next)?.comes, `${next} should list ${path}`).toContain(path);
    for (const previous of comes) expect(steps.get(previous)?.leads, `${previous} should list ${path}`).toContain(path);
  }
});
