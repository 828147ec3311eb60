import type { Family } from '../../schemas/family.ts';
import type { guideSchema } from '../../schemas/guide.ts';
import type { roleSchema } from '../../schemas/role.ts';
import type { SkillKind } from '../../schemas/skill.ts';
import type { Source } from '../../schemas/source.ts';
import type { statisticsEditionSchema } from '../../schemas/statistics.ts';
import type { TechnologyCategory } from '../../schemas/technology.ts';

/**
 * The content entries as the site reads them: the output types of the zod schemas in src/schemas/,
 * with references as plain `{ id }`. Only type imports, so this module (like all of src/lib/model/)
 * loads without Astro: the content check and the unit tests use the same types as the pages.
 */

/** What a schema factory produces once zod has parsed an entry. */
type Parsed<S extends (...args: never[]) => { _zod: { output: unknown } }> = ReturnType<S>['_zod']['output'];

export type RoleData = Parsed<typeof roleSchema>;
export type GuideData = Parsed<typeof guideSchema>;
export type StatisticsData = Parsed<typeof statisticsEditionSchema>;

/** A file of a collection: its id (the file name), its parsed data and, for MDX, its body and path. */
interface Entry<D> {
  id: string;
  data: D;
  body?: string | undefined;
  filePath?: string | undefined;
}

export type RoleEntry = Entry<RoleData>;
export type GuideEntry = Entry<GuideData>;
export type StatisticsEntry = Entry<StatisticsData>;
export type FamilyEntry = Entry<Family>;

/** What a citation shows: a source file's fields, or an edition of statistics described the same way. */
export type SourceData = Source;

/**
 * Anything a figure or a sentence can cite: a file in content/sources/, or an edition of official
 * statistics in content/statistics/ (cited by the file's id, described from its fields).
 */
export interface SourceEntry {
  id: string;
  data: SourceData;
}

export interface TechnologyData {
  name: string;
  category: TechnologyCategory;
  aliases: string[];
  website?: string | undefined;
}

export interface TechnologyEntry {
  id: string;
  data: TechnologyData;
}

/** A technology as one role uses it. */
export interface RoleTechnology {
  technology: TechnologyEntry;
  /** What the role uses it for, where its sources say. */
  usedFor?: string | undefined;
}

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
