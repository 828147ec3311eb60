/** A role as similarity needs it: its id and its O*NET occupations (the first leads), with O*NET's ranked related ones. */
export interface SimilarRoleInput {
  id: string;
  onet?: readonly { code: string; relatedOccupations: readonly { code: string; index: number }[] }[];
}

/** How many similar roles a role links to: the closest few, so the whole map stays readable. */
export const similarLimit = 2;

/**
 * How many similar roles a role's map shows at most: the ones it names, then the roles that name it, closest
 * first. A role many others name would otherwise get a column of all of them: one no reader can take in, and
 * a layout whose time grows with the square of its boxes (14 s for a page that 5,000 roles name).
 */
export const similarColumnLimit = 6;

/**
 * The roles on the site whose O*NET occupation O*NET relates to a role's first one, closest first, at most
 * `limit`: never the role itself, nor a role on the same occupation (O*NET rates those the same).
 */
export function similarRoles(
  roles: ReadonlyMap<string, SimilarRoleInput>,
  limit = similarLimit,
): Map<string, string[]> {
  const byCode = new Map<string, string[]>();
  for (const role of [...roles.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const code = role.onet?.[0]?.code;
    if (!code) continue;
    const ids = byCode.get(code);
    if (ids) ids.push(role.id);
    else byCode.set(code, [role.id]);
  }
  const result = new Map<string, string[]>();
  for (const role of roles.values()) {
    const own = role.onet?.[0];
    const related = [...(own?.relatedOccupations ?? [])].sort((a, b) => a.index - b.index);
    const ids = related.flatMap((r) => (r.code === own?.code ? [] : (byCode.get(r.code) ?? [])));
    result.set(role.id, [...new Set(ids)].filter((id) => id !== role.id).slice(0, limit));
  }
  return result;
}
