import type { ContentFile } from './load.ts';
import { validOf, type ParsedContent } from './parsed.ts';
import type { Problem } from './problems.ts';

interface NamedEntry {
  id: string;
  name: string;
  aliases: string[];
  broader?: { id: string } | undefined;
}

/**
 * In technologies.yaml and skills.yaml every name and alias belongs to one entry: a second entry
 * answering to the same name would split the roles that use it between two pages, and guides that
 * mention it could not say which one they mean.
 */
export function checkListNames(parsed: readonly ParsedContent[]): Problem[] {
  const problems: Problem[] = [];
  const lists: { file: ContentFile; data: NamedEntry[]; skills: boolean }[] = [
    ...validOf(parsed, 'technologies').map((list) => ({ ...list, skills: false })),
    ...validOf(parsed, 'skills').map((list) => ({ ...list, skills: true })),
  ];
  for (const { file, data, skills } of lists) {
    const owner = new Map<string, string>();
    data.forEach((entry, index) => {
      const names: [string, (string | number)[]][] = [
        [entry.name, [index, 'name']],
        ...entry.aliases.map((alias, i): [string, (string | number)[]] => [alias, [index, 'aliases', i]]),
      ];
      for (const [name, path] of names) {
        const key = name.trim().toLowerCase();
        const first = owner.get(key);
        if (first !== undefined && first !== entry.id) {
          problems.push({
            file: file.path,
            line: file.lineOf(path),
            field: path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : `${s}.${k}`), ''),
            message: `"${name}" already names "${first}"`,
            fix: `use "${first}" where you meant it, or give this entry another name`,
            severity: 'error',
          });
        } else owner.set(key, entry.id);
      }
    });
    if (skills) problems.push(...broaderLoops(file, data));
  }
  return problems;
}

/** A skill cannot be part of itself, directly or through a chain of broader skills. */
function broaderLoops(file: ContentFile, skills: NamedEntry[]): Problem[] {
  const byId = new Map(skills.map((skill) => [skill.id, skill]));
  // Each loop is reported once, on the first of its skills in the file.
  const reported = new Set<string>();
  return skills.flatMap((skill, index) => {
    if (reported.has(skill.id)) return [];
    const chain = [skill.id];
    let next = skill.broader?.id;
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      next = byId.get(next)?.broader?.id;
    }
    if (next !== skill.id) return [];
    chain.forEach((id) => reported.add(id));
    return [
      {
        file: file.path,
        line: file.lineOf([index, 'broader']),
        field: `[${index}].broader`,
        message: `makes "${skill.id}" part of itself (${[...chain, skill.id].join(' → ')})`,
        fix: 'name a wider skill that is not, in turn, part of this one',
        severity: 'error' as const,
      },
    ];
  });
}
