import type { SkillExport, TechnologyExport } from '../../schemas/open-data/technologies.ts';
import { byKind } from '../catalog/skill-groups.ts';
import type { RoleSkill } from '../model/entries.ts';
import { byCategory } from '../catalog/technology-usage.ts';
import type { RoleTechnology } from '../model/entries.ts';

/** A role's technologies as the data files list them: each with its category, in page order. */
export function exportTechnologies(technologies: readonly RoleTechnology[]): TechnologyExport[] {
  return byCategory(technologies, (item) => item.technology).flatMap((group) =>
    group.items.map(({ technology, usedFor }) => ({
      id: technology.id,
      name: technology.data.name,
      category: technology.data.category,
      ...(usedFor !== undefined && { usedFor }),
    })),
  );
}

/** A role's skills as the data files list them: technical, then personal, in page order. */
export function exportSkills(skills: readonly RoleSkill[]): SkillExport[] {
  return byKind(skills).flatMap((group) =>
    group.items.map(({ skill, detail }) => ({
      id: skill.id,
      name: skill.data.name,
      kind: skill.data.kind,
      ...(detail !== undefined && { detail }),
    })),
  );
}
