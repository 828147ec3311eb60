/** A role's place in the career graph: the roles it leads to and the roles people come from. */
export interface ProgressionNode<E extends { id: string }> {
  id: string;
  entry: E;
  leadsTo: E[];
  comesFrom: E[];
}

/**
 * A step may be written on either end (leadsTo on the earlier role, comesFrom on the later one):
 * both pages show it, so an editor adding a role never has to edit the roles it names.
 */
export function linkProgression<E extends { id: string }, N extends ProgressionNode<E>>(roles: Map<string, N>): void {
  const link = (from: N, to: N) => {
    if (!from.leadsTo.some((e) => e.id === to.id)) from.leadsTo.push(to.entry);
    if (!to.comesFrom.some((e) => e.id === from.id)) to.comesFrom.push(from.entry);
  };
  for (const role of roles.values()) {
    for (const next of [...role.leadsTo]) {
      const target = roles.get(next.id);
      if (target) link(role, target);
    }
    for (const previous of [...role.comesFrom]) {
      const source = roles.get(previous.id);
      if (source) link(source, role);
    }
  }
}
