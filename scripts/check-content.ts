// Checks every file in content/ and prints what to fix, one line a problem:
//   file:line  field  what is wrong — how to fix it
// Exits 1 when there is any error (warnings alone do not fail), 2 when the check itself cannot run.
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { siteConfig } from '../src/site.config.ts';
import { runContentCheck } from './content-check/check.ts';
import { completenessTable } from './content-check/completeness-report.ts';

// The folder to check: an argument, else CONTENT_DIR (what the build reads too), else ./content.
const contentDir = resolve(process.argv[2] ?? process.env.CONTENT_DIR ?? 'content');
// Paths are shown from the content folder's parent ("content/roles/x.mdx"), wherever the copy lives.
const root = dirname(contentDir);
// src/pages, the MDX components and public/ belong to the project, wherever the content is.
const projectDir = resolve(import.meta.dirname, '..');

function main(): number {
  if (!existsSync(contentDir)) {
    console.log(
      `check:content: there is no folder ${relative(root, contentDir) || contentDir} — run the command from the project folder.`,
    );
    return 2;
  }
  const { problems, lines, completeness } = runContentCheck(contentDir, root, {
    maxFigureAgeYears: siteConfig.maxFigureAgeYears,
    projectDir,
  });
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  for (const line of lines) console.log(line);
  if (errors.length > 0) {
    console.log(
      `\ncheck:content: ${errors.length} error(s), ${warnings.length} warning(s). Nothing was published; fix the errors above and run "npm run check:content" again.`,
    );
    return 1;
  }
  // A notice, not a problem: what each profile's sources cover, so thin profiles are visible in every build.
  if (completeness.size > 0 && process.env.CHECK_CONTENT_QUIET !== '1')
    console.log(`\n${completenessTable(completeness)}\n`);
  console.log(`check:content: content is valid (${warnings.length} warning(s)).`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  // A bug in the checker, not in the content: one line for the editor, no stack trace.
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.log(
    `check:content: the check itself failed (${message}). This is not your mistake: ask a developer, and mention this message.`,
  );
  process.exitCode = 2;
}
