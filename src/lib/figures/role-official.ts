// What a role's occupation codes bring from content/statistics/, resolved in one place for the site's pages
// and the content check: its official figures, its entry requirements, what they add to the page's
// sections, and which of its codes no edition gives figures for.
import type { ClassificationId } from '../../schemas/classification.ts';
import { officialEntry, officialFigures, occupationsWithCode, type OfficialFigures } from './official-figures.ts';
import type { EditionEntry, OccupationMapping } from '../model/figure-types.ts';

/** How many official figures and entry requirements a role's page shows, section by section. */
export interface OfficialCounts {
  salaries: number;
  outlook: number;
  entry: number;
}

/**
 * What official statistics add to a page's sections. A context-only salary (the pay of a wider group the
 * role is counted under) is shown but does not by itself make the pay section the role's own.
 */
export function officialCounts(
  figures: { salaries: readonly { context?: boolean | undefined }[]; outlook: readonly unknown[] },
  entry: number,
): OfficialCounts {
  return { salaries: figures.salaries.filter((f) => !f.context).length, outlook: figures.outlook.length, entry };
}

export interface RoleOfficial {
  figures: OfficialFigures;
  entry: ReturnType<typeof officialEntry>;
  counts: OfficialCounts;
}

/** A role's official figures and entry requirements from its occupation codes. */
export function roleOfficial(mappings: OccupationMapping[], editions: EditionEntry[]): RoleOfficial {
  const figures = officialFigures(mappings, editions);
  const entry = officialEntry(mappings, editions);
  return { figures, entry, counts: officialCounts(figures, entry.length) };
}

/** A code a role names that no edition in content/statistics/ gives figures for. */
export interface CodeWithoutFigures {
  /** The field it is written in: ["occupationCodes", 0, "code"] or ["nearestOccupation", "code"]. */
  path: (string | number)[];
  /** The same, as editors read it: "occupationCodes[0].code". */
  field: string;
  system: ClassificationId;
  code: string;
}

/** The role's codes, nearest occupation included, that have no statistics: "no statistics for this code". */
export function codesWithoutFigures(
  role: {
    occupationCodes: readonly (Pick<OccupationMapping, 'system' | 'code'> & { figuresNotAdded?: unknown })[];
    nearestOccupation?: Pick<OccupationMapping, 'system' | 'code'> | undefined;
  },
  editions: EditionEntry[],
): CodeWithoutFigures[] {
  const missing = ({ system, code }: Pick<OccupationMapping, 'system' | 'code'>) =>
    occupationsWithCode(editions, system, code).length === 0;
  const nearest = role.nearestOccupation;
  return [
    // A code marked figuresNotAdded says so on the page instead (a warning: figures-not-added-rule.ts).
    ...role.occupationCodes.flatMap((mapping, index) =>
      missing(mapping) && !mapping.figuresNotAdded
        ? [
            {
              path: ['occupationCodes', index, 'code'],
              field: `occupationCodes[${index}].code`,
              system: mapping.system,
              code: mapping.code,
            },
          ]
        : [],
    ),
    ...(nearest && missing(nearest)
      ? [
          {
            path: ['nearestOccupation', 'code'],
            field: 'nearestOccupation.code',
            system: nearest.system,
            code: nearest.code,
          },
        ]
      : []),
  ];
}
