// Checks every file in content/ and prints what to fix, one line a problem:
//   file:line  field  what is wrong — how to fix it
// Exits 1 when there is any error (warnings alone do not fail).
import { resolve } from 'node:path';
import { siteConfig } from '../src/site.config.ts';
import { checkContent } from './content-check/check.ts';
import { formatProblem } from './content-check/problems.ts';

const root = process.cwd();
const contentDir = resolve(root, process.argv[2] ?? 'content');
const problems = checkContent(contentDir, root, { maxFigureAgeYears: siteConfig.maxFigureAgeYears });
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');

for (const problem of problems) console.log(formatProblem(problem));
if (errors.length > 0) {
  console.log(`\ncheck:content: ${errors.length} error(s), ${warnings.length} warning(s). Nothing was published; fix the errors above and run "npm run check:content" again.`);
  process.exit(1);
}
console.log(`check:content: content is valid (${warnings.length} warning(s)).`);
