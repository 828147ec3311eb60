// Compare two folders byte for byte: which files exist in only one, and which differ.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface TreeDiff {
  onlyInA: string[];
  onlyInB: string[];
  different: string[];
  same: number;
}

export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(root, file)).isFile())
    .sort();
}

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

export function diffTrees(a: string, b: string): TreeDiff {
  const filesA = new Set(listFiles(a));
  const filesB = new Set(listFiles(b));
  const result: TreeDiff = { onlyInA: [], onlyInB: [], different: [], same: 0 };
  for (const file of filesA) {
    if (!filesB.has(file)) result.onlyInA.push(file);
    else if (digest(join(a, file)) !== digest(join(b, file))) result.different.push(file);
    else result.same++;
  }
  for (const file of filesB) if (!filesA.has(file)) result.onlyInB.push(file);
  return result;
}

/** The total size in bytes of every file under a folder. */
export function treeSize(root: string): number {
  return listFiles(root).reduce((sum, file) => sum + statSync(join(root, file)).size, 0);
}
