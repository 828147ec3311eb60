// Compare pages on O*NET's scales (issue 17 item 4): the gap both ways from the same ratings, or a plain
// sentence when both roles map to one O*NET occupation.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { linkedPairs, role } from './support/content.ts';
import { basePath, fileFor } from './support/dist.ts';

const onetCode = (id: string) => (role(id) as { onetOccupations?: { code: string }[] }).onetOccupations?.[0]?.code;
const comparePath = (a: string, b: string) => `${basePath}compare/${a}-vs-${b}/`;

test('back-end developer vs DevOps engineer: a non-empty O*NET gap in both directions', async ({ page }) => {
  await page.goto(comparePath('backend-developer', 'devops-engineer'));
  const section = page.locator('section.onet-gap');
  for (const move of ['backend-developer-to-devops-engineer', 'devops-engineer-to-backend-developer']) {
    const ratings = section.locator(`[data-onet-move="${move}"] .ratings li`);
    expect(await ratings.count(), move).toBeGreaterThan(0);
    await expect(ratings.first()).toHaveText(/^.+: importance \d\.\d for .+, \d\.\d for .+$/);
  }
  await expect(page.locator('.toc a[href="#onet-gap"]')).toHaveCount(1);
  await expect(section).toContainText('O*NET');
});

test('two roles on one O*NET occupation say so, and list no O*NET gap', async ({ page }) => {
  const same = linkedPairs().find(([a, b]) => onetCode(a) !== undefined && onetCode(a) === onetCode(b));
  test.skip(!same, 'no linked pair of roles shares an O*NET occupation');
  await page.goto(comparePath(...same!));
  const section = page.locator('section.onet-gap');
  await expect(section.locator('[data-onet-gap="same-occupation"]')).toContainText(onetCode(same![0])!);
  await expect(section.locator('[data-onet-move]')).toHaveCount(0);
});

test('every pair of roles on two occupations lists only ratings the other occupation rates higher', () => {
  const differing = linkedPairs().filter(([a, b]) => onetCode(a) && onetCode(b) && onetCode(a) !== onetCode(b));
  expect(differing.length).toBeGreaterThan(0);
  for (const [a, b] of differing) {
    // Read from the built files: one browser visit per pair is too slow for every pair.
    const html = readFileSync(fileFor(comparePath(a, b))!, 'utf8');
    const items = [...html.matchAll(/<li data-element="[^"]*"[^>]*>([^<]*)<\/li>/g)].map((m) => m[1]!);
    for (const item of items) {
      const [, to, from] = /importance (\d\.\d) for .+, (\d\.\d) for /.exec(item) ?? [];
      expect(Number(to), `${a} vs ${b}: ${item}`).toBeGreaterThan(Number(from));
    }
  }
});
