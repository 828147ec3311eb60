import GithubSlugger from 'github-slugger';
import { join, relative } from 'node:path';
import { slugPattern } from '../../src/schemas/common.ts';
import { contentExtensions, filesIn } from './load.ts';
import type { Problem } from './problems.ts';

/**
 * File names become page addresses and ids. Astro reads only .mdx roles and guides and .yaml
 * sources, and turns "Data Engineer.mdx" into the id data-engineer, so a name that is not already
 * a slug is either ignored or collides with another file: both are reported here.
 */
export function checkFileNames(contentDir: string, root: string): Problem[] {
  const problems: Problem[] = [];
  for (const [collection, ext] of Object.entries(contentExtensions)) {
    const dir = join(contentDir, collection);
    const names = filesIn(dir);
    const taken = new Map(names.filter((n) => n.endsWith(ext)).map((n) => [n.slice(0, -ext.length), n]));
    for (const name of names) {
      const path = relative(root, join(dir, name));
      const stem = name.replace(/\.[^.]*$/, '');
      const slug = new GithubSlugger().slug(stem);
      const problem = (message: string, fix: string) =>
        problems.push({ file: path, line: 1, field: '(file name)', message, fix, severity: 'error' });
      if (!name.endsWith(ext)) {
        problem(`is not read: only ${ext} files in content/${collection}/ are`, `rename it to ${slug}${ext}`);
      } else if (!slugPattern.test(stem)) {
        const other = taken.get(slug);
        problem(
          `"${stem}" cannot be a page address: use lowercase letters, digits and hyphens`,
          other
            ? `${other} already has the address "${slug}": merge the two files or pick another name`
            : `rename it to ${slug}${ext}`,
        );
      }
    }
  }
  return problems;
}
