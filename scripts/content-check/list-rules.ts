import type { ListCollection } from './load.ts';
import type { Problem } from './problems.ts';
import type { ParsedContent } from './schema-rules.ts';

interface NamedEntry {
  id: string;
  name: string;
  aliases: string[];
  broader?: { id: string };
}

/**
 * In technologies.yaml and skills.yaml every name and alias belongs to one entry: a second entry
 * answering to the same name would split the roles that use it between two pages, and guides that
 * mention it could not say which one they mean.
 */
export function checkListNames(parsed: ParsedContent[]): Problem[] {
  const problems: Problem[] = [];
  const collections: ListCollection[] = ['technologies', 'skills'];
  for (const { file, data } of parsed) {
    if (!collections.includes(file.collection as ListCollection) || !data) continue;
    const owner = new Map<string, string>();
    (data as unknown as NamedEntry[]).forEach((entry, index) => {
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
    if (file.collection === 'skills') problems.push(...broaderLoops(file, data as unknown as NamedEntry[]));
  }
  return problems;
}

/** A skill cannot be part of itself, directly or through a chain of broader skills. */
function broaderLoops(file: ParsedContent['file'], skills: NamedEntry[]): Problem[] {
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
