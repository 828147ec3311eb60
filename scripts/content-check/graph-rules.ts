import { validOf, type ParsedContent } from './parsed.ts';
import type { Problem } from './problems.ts';

type Ref = { id: string };

/**
 * The progression graph the role pages link into: a role cannot lead to or come from itself,
 * name the same role twice in one list, or list a role both as its next step and where people
 * come from (a step goes one way; a lateral move belongs in "related").
 */
export function checkProgressionGraph(parsed: readonly ParsedContent[]): Problem[] {
  const roles = validOf(parsed, 'roles');
  const problems: Problem[] = [];
  // Pairs of roles already linked by a step or "related", from either side: they get a compare page anyway.
  const linked = new Set<string>();
  for (const { file, data: role } of roles) {
    for (const ref of [...role.progression.leadsTo, ...role.progression.comesFrom, ...role.related])
      linked.add([file.id, ref.id].sort().join(' '));
  }
  for (const { file, data: role } of roles) {
    const lists: [string[], Ref[]][] = [
      [['progression', 'leadsTo'], role.progression.leadsTo],
      [['progression', 'comesFrom'], role.progression.comesFrom],
      [['related'], role.related],
      [['compareWith'], role.compareWith],
    ];
    const error = (path: (string | number)[], message: string, fix: string) =>
      problems.push({
        file: file.path,
        line: file.lineOf(path),
        field: path.reduce<string>(
          (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key),
          '',
        ),
        message,
        fix,
        severity: 'error',
      });
    for (const [path, refs] of lists) {
      const seen = new Set<string>();
      refs.forEach((ref, index) => {
        if (ref.id === file.id)
          error(
            [...path, index],
            `names the role itself ("${ref.id}")`,
            'remove it: a role cannot be a step from or to itself',
          );
        else if (seen.has(ref.id)) error([...path, index], `names "${ref.id}" twice`, 'remove the second one');
        seen.add(ref.id);
      });
    }
    role.compareWith.forEach((ref, index) => {
      if (ref.id !== file.id && linked.has([file.id, ref.id].sort().join(' ')))
        error(
          ['compareWith', index],
          `"${ref.id}" is already linked to this role by a progression step or "related", so their compare page exists`,
          'remove it from compareWith',
        );
    });
    const comesFrom = new Set(role.progression.comesFrom.map((r) => r.id));
    role.progression.leadsTo.forEach((ref, index) => {
      if (comesFrom.has(ref.id)) {
        error(
          ['progression', 'leadsTo', index],
          `"${ref.id}" is both a next step and where people come from`,
          `keep it in one list, or move it to "related" if the move goes both ways`,
        );
      }
    });
  }
  return problems;
}
