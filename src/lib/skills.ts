import { skillKinds, type SkillKind } from '../schemas/skill.ts';

/**
 * Skills are entries in content/skills.yaml that roles name by id, each with an optional detail in
 * the role's own words. Pages show the detail (or the skill's name); compare pages match skills by id.
 */

export interface SkillData {
  name: string;
  kind: SkillKind;
  aliases: string[];
  /** A wider skill this one is part of. */
  broader?: { id: string } | undefined;
}

export interface SkillEntry {
  id: string;
  data: SkillData;
}

/** A skill as one role asks for it. */
export interface RoleSkill {
  skill: SkillEntry;
  /** How the role needs it, in its own words, when the role says more than the skill's name. */
  detail?: string | undefined;
}

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
