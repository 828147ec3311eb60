// axe-core finds no violation on any page type in the light colour scheme, and no contrast failure in the dark.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { figuresOf, guideIds, roleIds } from './support/content.ts';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileFor, largestPage, sectionPages } from '../../scripts/lib/built-pages.ts';
import { basePath, guidePath, rolePath } from './support/dist.ts';

// Role pages share one layout, so two stand for all: the one with the most salary figures
// (tables, badges, inline figures) and one with none (the empty states). Guides differ in
// the components their MDX uses, so each is checked.
const figureCount = (id: string) => figuresOf(id).salaries.length;
const byFigures = [...roleIds()].sort((a, b) => figureCount(b) - figureCount(a));
const sparseRole = byFigures.findLast((id) => figureCount(id) === 0) ?? byFigures.at(-1)!;

/** The first compare page that shows the "cannot be compared" explanation. */
function noComparablePage(distDir: string): string {
  const found = sectionPages(distDir, 'compare').find((path) =>
    /class="no-comparison[\s"]/.test(readFileSync(fileFor(distDir, path), 'utf8')),
  );
  if (!found) throw new Error('no compare page without comparable figures: pick another page state to check');
  return found;
}

// Technology and compare pages each come from one template: the largest of each, and their indexes.
const dist = resolve('dist');
const paths = [
  basePath,
  `${basePath}roles/`,
  rolePath(byFigures[0]!),
  rolePath(sparseRole),
  `${basePath}guides/`,
  ...guideIds().map(guidePath),
  `${basePath}technologies/`,
  basePath + largestPage(dist, 'technologies').slice(1),
  `${basePath}compare/`,
  basePath + largestPage(dist, 'compare').slice(1),
  // …and one whose figures cannot be set side by side, which explains why instead of a table.
  basePath + noComparablePage(dist).slice(1),
  `${basePath}search/`,
  `${basePath}data/`,
  `${basePath}no-such-page/`,
];

// The dark scheme changes colours only, and they come from the layouts: one page of each layout.
const darkPaths = paths.filter((path) => !/\/guides\/[^/]+\/$/.test(path) || path === guidePath(guideIds()[0]!));

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of colorScheme === 'dark' ? darkPaths : paths) {
    test(`${path} has no axe violations (${colorScheme})`, async ({ page }) => {
      // axe walks the whole DOM: a long profile takes it most of the default 30 s on a busy 2-core machine.
      test.slow();
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      // Only colours change with the scheme: in dark, the contrast rule is what can newly fail.
      const axe = new AxeBuilder({ page });
      const { violations } = await (colorScheme === 'dark' ? axe.withRules(['color-contrast']) : axe).analyze();
      const summary = violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.failureSummary?.split('\n')[1] ?? ''}`).join('\n')}`,
      );
      expect(summary, summary.join('\n')).toEqual([]);
    });
  }
}

// Lighthouse's mobile audit found two linked badges in one table cell too close for a finger: axe's
// target-size rule, at a phone's width, on the pages with the most figure rows.
for (const path of [rolePath(byFigures[0]!), guidePath('backend-developer-salaries')]) {
  test(`${path}: every tap target is big enough or far enough from the next, at 412 px`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  });
}
