import { loadComponents } from './components.ts';
import { checkFigureText } from './figure-text-rules.ts';
import { checkDuplicateEntries } from './duplicate-rules.ts';
import { checkFileNames } from './file-rules.ts';
import { checkFiguresNotAdded } from './figures-not-added-rule.ts';
import { checkProgressionGraph } from './graph-rules.ts';
import { checkListNames } from './list-rules.ts';
import { loadContent } from './load.ts';
import { checkMdxBody } from './mdx-rules.ts';
import { checkOnetLiteral } from './onet-literal-rule.ts';
import type { Problem } from './problems.ts';
import type { Completeness } from '../../src/lib/profile/completeness.ts';
import { completenessByRole } from './official.ts';
import { checkSchemas } from './schema-rules.ts';
import { checkStatistics } from './statistics-rules.ts';
import { checkAcrossFiles } from './site-rules.ts';
import { buildSiteIndex } from './site-index.ts';

export interface CheckOptions {
  now?: Date;
  maxFigureAgeYears?: number;
  /** Where src/pages, src/components/mdx and public/ are read from (default: `root`). */
  projectDir?: string;
}

/** Every problem in a content folder, errors and warnings, sorted by file and line. */
export function checkContent(contentDir: string, root: string, options: CheckOptions = {}): Problem[] {
  return runContentCheck(contentDir, root, options).problems;
}

/** The problems, and each readable role's completeness (which of its sections the sources cover). */
export function runContentCheck(
  contentDir: string,
  root: string,
  options: CheckOptions = {},
): { problems: Problem[]; completeness: Map<string, Completeness> } {
  const projectDir = options.projectDir ?? root;
  const files = loadContent(contentDir, root);
  const { problems, parsed } = checkSchemas(files);
  problems.push(...checkFileNames(contentDir, root));
  const site = buildSiteIndex(parsed, projectDir);
  const components = loadComponents(projectDir);
  for (const { file } of parsed) {
    if (file.collection === 'roles' || file.collection === 'guides')
      problems.push(...checkMdxBody(file, { site, components }), ...checkOnetLiteral(file));
  }
  problems.push(...checkFigureText(parsed), ...checkProgressionGraph(parsed), ...checkListNames(parsed));
  problems.push(...checkDuplicateEntries(parsed), ...checkFiguresNotAdded(parsed));
  const age = { now: options.now ?? new Date(), maxFigureAgeYears: options.maxFigureAgeYears ?? 3 };
  problems.push(...checkAcrossFiles(parsed, age), ...checkStatistics(parsed, age));
  return {
    problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
    completeness: completenessByRole(parsed),
  };
}
