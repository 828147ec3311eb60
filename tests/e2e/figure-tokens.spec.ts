import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages } from './support/dist.ts';

// FAQ answers name figures as {{salary:id}}; a token left in a page means a figure went missing.
test('no built page shows an unexpanded figure token', () => {
  const leftovers = builtPages().filter(({ file }) => /\{\{\s*(salary|outlook):/.test(readFileSync(file, 'utf8')));
  expect(leftovers.map((p) => p.path)).toEqual([]);
});

test('FAQ answers show figures filled in from the typed data', async ({ page }) => {
  await page.goto('roles/backend-developer/');
  const answer = page
    .locator('#faq')
    .locator('xpath=..')
    .getByText(/software developers alone/);
  await expect(answer).toContainText('$132,270 a year');
});
