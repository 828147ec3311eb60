import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One row of the README's "What is in it" table: the paths it names and what it says they hold. */
export interface TableRow {
  line: number;
  paths: string[];
  text: string;
}

/** The rows of the table under `heading` (a "## " line), with their line numbers in the file. */
export function tableRows(markdown: string, heading: string): TableRow[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start === -1) return [];
  const rows: TableRow[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('#')) break;
    if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue;
    const [, pathCell = '', text = ''] = line.split('|').map((cell) => cell.trim());
    const paths = [...pathCell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    if (paths.length > 0) rows.push({ line: i + 1, paths, text });
  }
  return rows;
}

function countFiles(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? countFiles(path) : 1);
  }, 0);
}

/**
 * What is wrong with the table, one line per problem: a path that does not exist, or an "N files"
 * that is not the number of files under the row's path.
 */
export function tableProblems(rows: readonly TableRow[], root: string): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    for (const path of row.paths) {
      if (!existsSync(join(root, path))) problems.push(`README.md:${row.line}  ${path} does not exist`);
    }
    const stated = /^(\d+) files?\b/.exec(row.text);
    const folder = join(root, row.paths[0]!);
    if (stated && existsSync(folder)) {
      const actual = countFiles(folder);
      if (actual !== Number(stated[1]))
        problems.push(`README.md:${row.line}  ${row.paths[0]} says ${stated[1]} files, holds ${actual}`);
    }
  }
  return problems;
}
