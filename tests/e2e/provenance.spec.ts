// Every money amount the built site shows has an origin in the content: a line that cites it (with the official
// page above it), an hourly figure at 2,080 hours, or the gap between two cited figures on the same page.
// `npm run provenance` prints the same list for a reader; `../shared/tools/figure-provenance` knows only the seeds.
import { expect, test } from '@playwright/test';
import { contentCitations, explainAmounts } from '../../scripts/lib/amount-provenance.ts';
import { builtPageTexts } from '../../scripts/lib/built-pages.ts';
import { distDir } from './support/dist.ts';

test('every amount on every built page is cited in content/ or worked out from cited figures', () => {
  const pages = builtPageTexts(distDir);
  const explained = explainAmounts(pages, contentCitations(process.cwd()));
  expect(explained.length).toBeGreaterThan(50);
  expect(explained.filter((e) => !e.origin)).toEqual([]);
  // The database administrators' own median, read on the 2025 BLS page, is cited where it is stated.
  expect(explained.find((e) => e.amount === 104620)?.origin).toMatch(
    /^cited in content\/statistics\/bls-ooh-2024\.yaml:\d+ \(https:\/\/www\.bls\.gov\/ooh\//,
  );
});
