// Checks every file in content/ and prints what to fix, one line a problem:
//   file:line  field  what is wrong — how to fix it
// Exits 1 when there is any error (warnings alone do not fail).
import { dirname, resolve } from 'node:path';
import { siteConfig } from '../src/site.config.ts';
import { checkContent } from './content-check/check.ts';
import { formatProblem } from './content-check/problems.ts';

// The folder to check: an argument, else CONTENT_DIR (what the build reads too), else ./content.
const contentDir = resolve(process.argv[2] ?? process.env.CONTENT_DIR ?? 'content');
// Paths are shown from the content folder's parent ("content/roles/x.mdx"), wherever the copy lives.
const problems = checkContent(contentDir, dirname(contentDir), { maxFigureAgeYears: siteConfig.maxFigureAgeYears });
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');

for (const problem of problems) console.log(formatProblem(problem));
if (errors.length > 0) {
  console.log(`\ncheck:content: ${errors.length} error(s), ${warnings.length} warning(s). Nothing was published; fix the errors above and run "npm run check:content" again.`);
  process.exit(1);
}
console.log(`check:content: content is valid (${warnings.length} warning(s)).`);
