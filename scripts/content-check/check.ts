import { loadComponents } from './components.ts';
import { checkFigureText } from './figure-text-rules.ts';
import { checkDuplicateEntries } from './duplicate-rules.ts';
import { checkFileNames } from './file-rules.ts';
import { checkFiguresNotAdded } from './figures-not-added-rule.ts';
import { checkProgressionGraph } from './graph-rules.ts';
import { checkListNames } from './list-rules.ts';
import { loadContent } from './load.ts';
import { checkMdxBody } from './mdx-rules.ts';
import { checkOnet } from './onet-rules.ts';
import { checkOnetLiteral } from './onet-literal-rule.ts';
import { formatProblem, type Problem } from './problems.ts';
import type { Completeness } from '../../src/lib/profile/completeness.ts';
import { completenessByRole, officialByRole } from './official.ts';
import { checkSchemas } from './schema-rules.ts';
import { Skips } from './skips.ts';
import { checkStatistics } from './statistics-rules.ts';
import { checkAcrossFiles } from './site-rules.ts';
import { buildSiteIndex } from './site-index.ts';

export interface CheckOptions {
  now?: Date;
  maxFigureAgeYears?: number;
  /** Where src/pages, src/components/mdx and public/ are read from (default: `root`). */
  projectDir?: string;
}

export interface CheckResult {
  /** Schema problems first (the root causes), then the rest; each part sorted by file and line. */
  problems: Problem[];
  /** What to print, in order: schema problems, one "skipped" line per entry that failed, the other problems. */
  lines: string[];
  /** Each readable role's completeness (which of its sections the sources cover). */
  completeness: Map<string, Completeness>;
}

const byPlace = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || a.line - b.line;

/** Every problem in a content folder, errors and warnings, schema problems first. */
export function checkContent(contentDir: string, root: string, options: CheckOptions = {}): Problem[] {
  return runContentCheck(contentDir, root, options).problems;
}

export function runContentCheck(contentDir: string, root: string, options: CheckOptions = {}): CheckResult {
  const projectDir = options.projectDir ?? root;
  const files = loadContent(contentDir, root);
  const { problems: schemaProblems, parsed } = checkSchemas(files);
  const skips = new Skips(parsed.filter((p) => p.data === undefined).map((p) => p.file));
  const problems = checkFileNames(contentDir, root);
  // Each role's official figures, resolved once for every rule that needs them.
  const official = officialByRole(parsed);
  const site = buildSiteIndex(parsed, projectDir, official);
  const components = loadComponents(projectDir);
  for (const { file } of parsed) {
    if (file.collection === 'roles' || file.collection === 'guides')
      problems.push(...checkMdxBody(file, { site, components, skips }), ...checkOnetLiteral(file));
  }
  problems.push(...checkFigureText(parsed, official), ...checkProgressionGraph(parsed), ...checkListNames(parsed));
  problems.push(...checkDuplicateEntries(parsed), ...checkFiguresNotAdded(parsed));
  const age = { now: options.now ?? new Date(), maxFigureAgeYears: options.maxFigureAgeYears ?? 3 };
  problems.push(...checkAcrossFiles(parsed, age), ...checkStatistics(parsed, age));
  problems.push(...checkOnet(contentDir, root, parsed));
  schemaProblems.sort(byPlace);
  problems.sort(byPlace);
  return {
    problems: [...schemaProblems, ...problems],
    lines: [...schemaProblems.map(formatProblem), ...skips.lines(), ...problems.map(formatProblem)],
    completeness: completenessByRole(parsed, official),
  };
}
