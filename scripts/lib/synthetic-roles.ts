// Synthetic role profiles for the benchmark, made from a real one: same frontmatter, same body, a
// unique title and summary, and progression links among themselves (a ring), so every synthetic page
// has as many links as the real one and no page's size grows with N.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

export const syntheticId = (i: number) => `bench-role-${String(i).padStart(5, '0')}`;

function splitMdx(text: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) throw new Error('the model role has no frontmatter');
  return { frontmatter: match[1]!, body: text.slice(match[0].length) };
}

/** `count` distinct ids among the synthetic roles, starting `step` away from `i` (never `i` itself). */
function neighbours(i: number, n: number, count: number, step: 1 | -1): string[] {
  const ids: string[] = [];
  for (let k = 1; k <= count && k < n; k++) ids.push(syntheticId((((i + step * k) % n) + n) % n));
  return ids;
}

/** Write `n` synthetic roles into `rolesDir`, modelled on the role file `modelPath`. */
export function writeSyntheticRoles(modelPath: string, rolesDir: string, n: number): void {
  const { frontmatter, body } = splitMdx(readFileSync(modelPath, 'utf8'));
  for (let i = 0; i < n; i++) {
    const doc = parseDocument(frontmatter);
    const title = String(doc.get('title'));
    doc.set('title', `${title} ${i + 1}`);
    doc.set('summary', `${String(doc.get('summary')).slice(0, 130)} (profile ${i + 1})`);
    const leadsTo = (doc.getIn(['progression', 'leadsTo']) as { items: unknown[] } | undefined)?.items.length ?? 0;
    const related = (doc.get('related') as { items: unknown[] } | undefined)?.items.length ?? 0;
    doc.setIn(['progression', 'leadsTo'], neighbours(i, n, leadsTo, 1));
    doc.setIn(['progression', 'comesFrom'], []);
    doc.set('related', neighbours(i, n, related, -1));
    writeFileSync(join(rolesDir, `${syntheticId(i)}.mdx`), `---\n${doc.toString({ lineWidth: 0 })}---\n${body}`);
  }
}

/**
 * The same pages as plain MDX for a bare Astro project: the same frontmatter and prose, with the
 * site's components (which a bare project does not have) taken out of the body.
 */
export function writePlainMdxPages(modelPath: string, pagesDir: string, n: number): void {
  const { frontmatter, body } = splitMdx(readFileSync(modelPath, 'utf8'));
  const plain = body.replace(/<\/?[A-Z][A-Za-z]*\b[^>]*?\/?>/g, '');
  for (let i = 0; i < n; i++)
    writeFileSync(join(pagesDir, `${syntheticId(i)}.mdx`), `---\n${frontmatter}\n---\n${plain}`);
}
