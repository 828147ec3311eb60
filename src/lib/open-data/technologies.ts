import { technologyGroups, type TechnologyExport } from '../../schemas/open-data/technologies.ts';

/** What the export reads of a role's technologies: the frontmatter's groups of names. */
export type TechnologiesInput = Record<(typeof technologyGroups)[number], string[]>;

/** A role's technologies as the data files list them: each name with its group, in page order. */
export function exportTechnologies(technologies: TechnologiesInput): TechnologyExport[] {
  return technologyGroups.flatMap((group) => technologies[group].map((name) => ({ name, group })));
}
