import type { ClassificationId } from '../../schemas/classification.ts';
import type { RoleData, SourceEntry } from './entries.ts';

/**
 * Figures as pages show them: a role's own (from its frontmatter) and the official ones its occupation
 * codes bring from content/statistics/ (src/lib/figures/official-figures.ts), each with its source resolved.
 */

type Ref = { id: string };
type RawSalary = RoleData['salaries'][number];
type RawOutlook = RoleData['outlook'][number];

/** A salary figure with its source (and intermediary) resolved. */
export type SalaryFigure = Omit<RawSalary, 'source' | 'via'> & {
  source: SourceEntry;
  via?: SourceEntry | undefined;
  /** Marked "older figure" (src/lib/figures/figure-age.ts): older than the configured age and not superseded. */
  older: boolean;
  /** Annual pay percentiles, when the publication gives them. */
  percentiles?: Percentiles | undefined;
  /** Shown for context only (another occupation in a combined official profile): not this role's pay. */
  context?: true | undefined;
  /** For figures from content/statistics/: the edition, occupation, codes and statistic. */
  official?: OfficialProvenance | undefined;
};
export type OutlookFigure = Omit<RawOutlook, 'source' | 'via'> & {
  source: SourceEntry;
  via?: SourceEntry | undefined;
  older: boolean;
  official?: OfficialProvenance | undefined;
};

export type Relation = 'is' | 'counted-under' | 'part-of';

export interface OccupationMapping {
  system: ClassificationId;
  code: string;
  relation: Relation;
  note?: string | undefined;
}

export interface EditionOccupation {
  id: string;
  title: string;
  codes: string[];
  url: string;
  quotedBy: Ref[];
  note?: string | undefined;
  pay?:
    | {
        medianAnnual?: number | undefined;
        medianHourly?: number | undefined;
        percentiles?: Percentiles | undefined;
        occupations: { code: string; title: string; medianAnnual: number }[];
      }
    | undefined;
  jobs?: { count: number; year: number } | undefined;
  projections?:
    | {
        growthPercent?: number | undefined;
        pace?: string | undefined;
        change?: number | undefined;
        openingsPerYear?: number | undefined;
      }
    | undefined;
  entry?:
    { education?: string | undefined; experience?: string | undefined; training?: string | undefined } | undefined;
}

export interface StatisticsEdition {
  publisher: string;
  shortName?: string | undefined;
  dataset: string;
  edition: string;
  url: string;
  classification: ClassificationId;
  region: string;
  currency: string;
  wages: { year: number; month?: string | undefined };
  projections?: { from: number; to: number } | undefined;
  note?: string | undefined;
  occupations: EditionOccupation[];
}

export interface EditionEntry {
  id: string;
  data: StatisticsEdition;
}

export interface Percentiles {
  p10?: number | undefined;
  p25?: number | undefined;
  p75?: number | undefined;
  p90?: number | undefined;
}

/** Where an official figure comes from, beyond its source: enough to cite it and compare like with like. */
export interface OfficialProvenance {
  /** The statistics file (the edition) the figure is written in. */
  edition: string;
  /** The publication's name for the edition ("2023–33"). */
  editionLabel: string;
  dataset: string;
  /** The occupation entry's id in that file. */
  occupation: string;
  occupationTitle: string;
  classification: ClassificationId;
  /** The codes the figure counts. */
  codes: string[];
  /** The page the figure is read from. */
  url: string;
  /** How the role relates to the code the figure was found through. */
  relation: Relation;
  /** Which statistic: "median-annual", "median-hourly", "median-annual:15-1252", "growth", "change", "openings", "jobs". */
  statistic: string;
}
