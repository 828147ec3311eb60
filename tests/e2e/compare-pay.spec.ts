// "Would I earn more?" on every compare page: both roles' headline pay (or the plain line that there is
// none) with its year and the group it counts, then one sentence on whether the two compare and why.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sectionPages, visibleText } from '../../scripts/lib/built-pages.ts';
import { basePath, distDir, fileFor } from './support/dist.ts';

const comparePages = sectionPages(distDir, 'compare').map((path) => basePath + path.slice(1));

test('every compare page answers "would I earn more?" with both figures and one sentence', () => {
  expect(comparePages.length).toBeGreaterThan(0);
  for (const path of comparePages) {
    const html = readFileSync(fileFor(path)!, 'utf8');
    const section = html.match(/<section aria-labelledby="pay"[\s\S]*?<\/section>/)?.[0];
    expect(section, `${path} has the pay answer`).toBeDefined();
    const sides = section!.match(/<div class="pay-side[\s\S]*?<\/div>/g) ?? [];
    expect(sides, `${path}: one box per role`).toHaveLength(2);
    for (const side of sides) {
      expect(visibleText(side), `${path}: a figure with its year and group, or the plain line`).toMatch(
        // visibleText() puts a space where each tag was, so a glossary link inside the brackets reads "( median ,".
        /\$[\d,]+ a year .*\(\s?(median|average|range)\s?, (\w+ )?\d{4}, .*Counts: .+|No sourced pay figure yet/,
      );
    }
    const verdict = visibleText(section!.match(/<p class="pay-verdict[\s\S]*?<\/p>/)![0]);
    expect(verdict, `${path}: one sentence`).toMatch(/^[A-Z][^.]*(\.[^ .][^.]*)*\.$/);
    expect(verdict).not.toMatch(/do not measure the same thing/);
  }
});

test('two roles counted in one occupation say why their figures are identical', () => {
  const html = readFileSync(fileFor(`${basePath}compare/backend-developer-vs-devops-engineer/`)!, 'utf8');
  expect(html).toContain('data-comparability="same-occupation"');
});

test('figures of different years are shown side by side with the years named', () => {
  const html = readFileSync(fileFor(`${basePath}compare/backend-developer-vs-engineering-manager/`)!, 'utf8');
  const section = visibleText(html.match(/<section aria-labelledby="pay"[\s\S]*?<\/section>/)![0]);
  expect(section).toContain('$132,270 a year');
  expect(section).toContain('$164,070 a year');
  expect(section).toMatch(/different years \(May 2023 and May 2022\)/);
});
