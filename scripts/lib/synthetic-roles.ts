// Synthetic role profiles for the benchmark, made from a real one: same frontmatter, same body, a
// unique title and summary, and progression links among themselves (a ring). Each is linked to as many
// other roles as a real role is on average, so the site gets as many compare pages per role as the real
// one has (one per linked pair): the model, the back-end profile, is the hub of the real graph, and
// giving every synthetic role its eleven steps would measure a site unlike any real one. No page's
// size grows with N except the technology pages, which list every role that uses a technology.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { comparePairs } from '../../src/lib/compare/role-pairs.ts';

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

/** Compare pages per role in the real content (linked pairs over roles), at least one. */
export function pairsPerRole(rolesDir: string): number {
  const roles = readdirSync(rolesDir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const data = parse(splitMdx(readFileSync(join(rolesDir, name), 'utf8')).frontmatter) as Record<string, unknown>;
      const progression = (data.progression ?? {}) as Record<string, string[] | undefined>;
      return {
        id: name.replace(/\.mdx$/, ''),
        leadsTo: progression.leadsTo ?? [],
        comesFrom: progression.comesFrom ?? [],
        related: (data.related as string[] | undefined) ?? [],
        compareWith: (data.compareWith as string[] | undefined) ?? [],
      };
    });
  return Math.max(1, Math.round(comparePairs(roles).length / Math.max(1, roles.length)));
}

/** Write `n` synthetic roles into `rolesDir`, modelled on the role file `modelPath`; returns their titles. */
export function writeSyntheticRoles(modelPath: string, rolesDir: string, n: number): string[] {
  const { frontmatter, body } = splitMdx(readFileSync(modelPath, 'utf8'));
  // Each leads to the next `k` and is related to the previous `k` (the same pairs seen from the other
  // side), so the ring has k·n compare pages, as many per role as the real content.
  const k = pairsPerRole(rolesDir);
  const titles: string[] = [];
  for (let i = 0; i < n; i++) {
    const doc = parseDocument(frontmatter);
    titles.push(`${String(doc.get('title'))} ${i + 1}`);
    doc.set('title', titles[i]);
    doc.set('summary', `${String(doc.get('summary')).slice(0, 130)} (profile ${i + 1})`);
    doc.setIn(['progression', 'leadsTo'], neighbours(i, n, k, 1));
    doc.setIn(['progression', 'comesFrom'], []);
    doc.set('related', neighbours(i, n, k, -1));
    doc.delete('compareWith');
    writeFileSync(join(rolesDir, `${syntheticId(i)}.mdx`), `---\n${doc.toString({ lineWidth: 0 })}---\n${body}`);
  }
  return titles;
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
