import type { ProfileCoverage } from './role-sections.ts';

/**
 * How much of a role profile its sources cover, from the same counts the page's sections are drawn from
 * (src/lib/profile/role-sections.ts): a profile too thin to land on is marked and kept out of search engines.
 */

export const sectionLabels = {
  duties: 'duties',
  problems: 'problems it solves',
  skills: 'skills',
  technologies: 'technologies',
  education: 'education and certifications',
  'work-environment': 'work environment',
  salary: 'pay',
  outlook: 'job outlook',
} as const;

export type SectionId = keyof typeof sectionLabels;

/** Fewer sourced sections than this, and no figure at all, makes a "brief profile". */
export const minimumSections = 3;

export interface Completeness {
  /** The sections a source can cover, and whether the role's sources cover them. */
  sections: { id: SectionId; label: string; covered: boolean }[];
  /** How many of the descriptive sections (not pay or outlook) are covered. */
  describedSections: number;
  hasFigure: boolean;
  /** Neither a figure nor enough sourced sections: marked on the page and kept out of search engines. */
  brief: boolean;
}

export function completeness(coverage: ProfileCoverage): Completeness {
  const covered: Record<SectionId, boolean> = {
    duties: coverage.duties > 0,
    problems: coverage.problems > 0,
    skills: coverage.technicalSkills + coverage.softSkills > 0,
    technologies: coverage.technologies > 0,
    education: coverage.education + coverage.certifications > 0,
    'work-environment': coverage.workEnvironment > 0,
    salary: coverage.salaries > 0,
    outlook: coverage.outlook > 0,
  };
  const sections = (Object.keys(sectionLabels) as SectionId[]).map((id) => ({
    id,
    label: sectionLabels[id],
    covered: covered[id],
  }));
  const describedSections = sections.filter((s) => s.covered && s.id !== 'salary' && s.id !== 'outlook').length;
  const hasFigure = covered.salary || covered.outlook;
  return { sections, describedSections, hasFigure, brief: !hasFigure && describedSections < minimumSections };
}
