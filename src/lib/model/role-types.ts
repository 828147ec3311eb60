import type { TechnologyUsage } from '../catalog/technology-usage.ts';
import type { RolePair } from '../compare/role-pairs.ts';
import type {
  FamilyEntry,
  GuideEntry,
  RoleEntry,
  RoleSkill,
  RoleTechnology,
  SkillEntry,
  SourceEntry,
  StatisticsEntry,
  TechnologyEntry,
} from './entries.ts';
import type { OccupationMapping, OutlookFigure, SalaryFigure } from './figure-types.ts';
import type { OnetData, OnetOccupation } from '../onet/types.ts';
import type { SiteTechnology } from '../onet/technology-pages.ts';

/** An occupation code of the role, with its official title and the page that describes it. */
export interface RoleOccupation extends OccupationMapping {
  title: string;
  /** The title of the profile that publishes its figures (may combine several codes). */
  profileTitle: string;
  url: string;
  /** True when no file in content/statistics/ gives this occupation's figures yet: the page says so. */
  figuresNotAdded?: true | undefined;
}

/** What the newest official edition says it takes to enter an occupation the role maps to. */
export interface OfficialEntry {
  education?: string | undefined;
  experience?: string | undefined;
  training?: string | undefined;
  source: SourceEntry;
  occupationTitle: string;
  url: string;
  relation: OccupationMapping['relation'];
  note?: string | undefined;
}

/** A role with every reference resolved and its place in the progression graph. */
export interface Role {
  id: string;
  entry: RoleEntry;
  /** The source ids its text cites, in reading order with repeats (citationSequence of its MDX). */
  citations: string[];
  family: FamilyEntry;
  /** The official figures of its occupation codes (newest edition first), then the role's own. */
  salaries: SalaryFigure[];
  outlook: OutlookFigure[];
  /** The sources its page cites: those the role lists, then the statistics editions its figures come from. */
  sources: SourceEntry[];
  occupations: RoleOccupation[];
  officialEntry: OfficialEntry[];
  /** For a role no official statistic counts: the nearest occupation with figures, and why it is only near. */
  nearestOccupation?: Omit<RoleOccupation, 'relation'> | undefined;
  /** Its own leadsTo, merged with the roles that list this one in their comesFrom. */
  leadsTo: RoleEntry[];
  /** Its own comesFrom, merged with the roles that list this one in their leadsTo. */
  comesFrom: RoleEntry[];
  /** Its own related roles, merged with the roles that list this one as related. */
  related: RoleEntry[];
  /** Roles an editor asked to compare with this one beyond its progression and related roles. */
  compareWith: RoleEntry[];
  /** Its skills, each resolved to its entry in content/skills.yaml, in the order the role lists them. */
  skills: RoleSkill[];
  /** Its technologies, each resolved to its entry in content/technologies.yaml, in the role's order. */
  technologies: RoleTechnology[];
  guides: GuideEntry[];
  /** The O*NET occupations its `onetOccupations` field maps it to, in the order written (the first one leads). */
  onet: OnetOccupation[];
  /** Roles on the site whose O*NET occupation O*NET relates to this one's, closest first (src/lib/onet/similar-roles.ts). */
  similarRoles: string[];
  /** The FAQs with figure tokens filled in from the typed figures. */
  faqs: { question: string; answer: string }[];
}

export interface SiteData {
  roles: Map<string, Role>;
  guides: GuideEntry[];
  /** Every citable id: files in content/sources/ and editions in content/statistics/. */
  sources: Map<string, SourceEntry>;
  statistics: StatisticsEntry[];
  families: FamilyEntry[];
  /** Every technology, by category in page order, then by name. */
  technologies: TechnologyEntry[];
  /** Each technology's roles (and what for) and the guides that name it. */
  technologyUsage: Map<string, TechnologyUsage<Role, GuideEntry>>;
  skills: Map<string, SkillEntry>;
  /** content/onet/, typed and indexed: what compare pages, technology pages, search and the career map read. */
  onet: OnetData;
  /** Every technology a role uses, O*NET's merged with content/technologies.yaml, with its users and flags. */
  siteTechnologies: SiteTechnology[];
  /** One compare page per pair of linked roles, ordered by address. */
  comparisons: RolePair[];
}
