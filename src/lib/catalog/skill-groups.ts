import { skillKinds, type SkillKind } from '../../schemas/skill.ts';
import type { RoleSkill, SkillEntry } from '../model/entries.ts';

/**
 * Skills are entries in content/skills.yaml that roles name by id, each with an optional detail in
 * the role's own words. Pages show the detail (or the skill's name); compare pages match skills by id.
 */

/** What a role page shows for the skill: the role's own detail, or the skill's name. */
export const skillText = (item: RoleSkill) => item.detail ?? item.skill.data.name;

export interface KindGroup {
  kind: SkillKind;
  label: string;
  items: RoleSkill[];
}

/** Technical skills, then personal ones, each in the order the role lists them; both groups always present. */
export function byKind(items: readonly RoleSkill[]): KindGroup[] {
  return (Object.keys(skillKinds) as SkillKind[]).map((kind) => ({
    kind,
    label: skillKinds[kind],
    items: items.filter((item) => item.skill.data.kind === kind),
  }));
}

/** The ids of the skills a skill is part of, nearest first; a loop (which the content check refuses) stops the walk. */
export function widerSkills(id: string, byId: ReadonlyMap<string, SkillEntry>): string[] {
  const chain: string[] = [];
  let next = byId.get(id)?.data.broader?.id;
  while (next !== undefined && next !== id && !chain.includes(next)) {
    chain.push(next);
    next = byId.get(next)?.data.broader?.id;
  }
  return chain;
}
