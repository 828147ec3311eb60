// Every built page is valid HTML under html-validate's recommended rules (.htmlvalidate.json; the two
// rules it turns off are style and SEO heuristics, explained in the README).
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { htmlFiles } from '../../scripts/lib/built-pages.ts';

const dist = resolve('dist');

test('every built HTML file passes html-validate', async () => {
  // The loader finds .htmlvalidate.json at the project root, as the CLI does.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  const files = htmlFiles(dist);
  expect(files.length).toBeGreaterThan(0);
  // The work grows with the pages (technology and compare pages are generated from the data).
  test.setTimeout(30_000 + files.length * 500);
  for (const file of files) {
    const report = await validator.validateFile(join(dist, file));
    for (const result of report.results) {
      for (const m of result.messages)
        problems.push(`dist/${file}:${m.line}:${m.column}  ${m.ruleId}  ${m.message}  (${m.selector ?? ''})`);
    }
  }
  expect(problems).toEqual([]);
});
