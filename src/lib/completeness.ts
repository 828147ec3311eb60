/**
 * How much of a role profile its sources cover, computed from its data: the page shows what is covered,
 * collapses the rest into one line, and keeps a profile too thin to land on out of search engines.
 */

/** The parts of a role's data completeness is computed from (the frontmatter, plus official figures). */
export interface CompletenessInput {
  duties: unknown[];
  problems: unknown[];
  skills: unknown[];
  technologies: unknown[];
  education: { typical?: string | undefined; routes: unknown[]; certifications: unknown[] };
  workEnvironment: {
    setting?: string | undefined;
    remote?: string | undefined;
    hours?: string | undefined;
    equipment: unknown[];
    colleagues: unknown[];
  };
  /** Pay figures that are this role's own (context-only figures do not count). */
  salaryCount: number;
  outlookCount: number;
  /** Entry requirements an official edition gives for the role's occupation. */
  officialEntryCount: number;
}

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
  /** Every section, in page order, and whether the role's sources cover it. */
  sections: { id: SectionId; label: string; covered: boolean }[];
  /** How many of the descriptive sections (not pay or outlook) are covered. */
  describedSections: number;
  hasFigure: boolean;
  /** Neither a figure nor enough sourced sections: marked on the page and kept out of search engines. */
  brief: boolean;
}

export function completeness(role: CompletenessInput): Completeness {
  const some = (...lists: unknown[][]) => lists.some((list) => list.length > 0);
  const covered: Record<SectionId, boolean> = {
    duties: some(role.duties),
    problems: some(role.problems),
    skills: some(role.skills),
    technologies: some(role.technologies),
    education:
      role.education.typical !== undefined ||
      some(role.education.routes, role.education.certifications) ||
      role.officialEntryCount > 0,
    'work-environment':
      [role.workEnvironment.setting, role.workEnvironment.remote, role.workEnvironment.hours].some(
        (text) => text !== undefined,
      ) || some(role.workEnvironment.equipment, role.workEnvironment.colleagues),
    salary: role.salaryCount > 0,
    outlook: role.outlookCount > 0,
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
