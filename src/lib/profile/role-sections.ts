/**
 * The parts of a role profile, in the order readers look for them (what the job is, pay, outlook, how to
 * get in, then skills, technologies, the day-to-day and the rest), and which of them a role's data fills.
 * A part with nothing in it is never shown as an empty heading: it is named in one "not covered" line.
 * The page (src/layouts/RoleLayout.astro) and the content check's anchor list
 * (scripts/content-check/site-index.ts) both read this, so a link to a section the page leaves out is
 * reported before the build.
 */

/** How many things of each kind a role's data holds. */
export interface ProfileCoverage {
  duties: number;
  problems: number;
  technicalSkills: number;
  softSkills: number;
  technologies: number;
  /** The typical entry route and the routes in. */
  education: number;
  certifications: number;
  workEnvironment: number;
  /** Pay figures: the role's own and the official ones its occupation codes bring (context-only ones aside). */
  salaries: number;
  /** Outlook figures: the role's own and the official ones. */
  outlook: number;
  /** Roles before and after it, in both directions of the progression graph. */
  progression: number;
  related: number;
  guides: number;
  faqs: number;
}

/** The fields of a role's frontmatter the coverage is counted from; loose, so unvalidated data can be read. */
export interface RoleFields {
  duties?: unknown;
  problems?: unknown;
  /** Entries naming a skill of content/skills.yaml: `{ skill, detail }`. */
  skills?: unknown;
  /** Entries naming a technology of content/technologies.yaml: `{ technology, usedFor }`. */
  technologies?: unknown;
  education?: { typical?: unknown; routes?: unknown; certifications?: unknown };
  workEnvironment?: Record<string, unknown>;
  salaries?: unknown;
  outlook?: unknown;
  related?: unknown;
  faqs?: unknown;
}

const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
const stated = (text: unknown) => (typeof text === 'string' && text.trim() !== '' ? 1 : 0);
const object = <T extends object>(value: T | undefined): Partial<T> =>
  value && typeof value === 'object' && !Array.isArray(value) ? value : {};

/** What other files add to a role's page, which the caller counts. */
export interface LinkedCoverage {
  /** Roles before and after it, written on either end of a step. */
  progression: number;
  /** Published guides about it. */
  guides: number;
  /** Official pay and outlook figures and entry requirements its occupation codes bring (content/statistics/). */
  official?: { salaries: number; outlook: number; entry: number };
  /** The kind content/skills.yaml gives a skill id, so skills are counted as technical or personal. */
  skillKind?: (id: string) => string | undefined;
}

/** The id a skill entry names: as written (`databases`) or as a resolved reference (`{ id: 'databases' }`). */
function skillId(entry: unknown): string | undefined {
  const named = entry && typeof entry === 'object' ? (entry as { skill?: unknown }).skill : undefined;
  if (typeof named === 'string') return named;
  return named && typeof named === 'object' && 'id' in named ? String(named.id) : undefined;
}

/**
 * Counts what a role's data holds. The progression, the guides and the official statistics come from
 * other files (roles that list this one, guides about it, editions of statistics), so the caller counts them.
 */
export function coverageOf(data: RoleFields, linked: LinkedCoverage): ProfileCoverage {
  const skills = Array.isArray(data.skills) ? data.skills : [];
  const kinds = skills.map((entry) => {
    const id = skillId(entry);
    return id === undefined ? undefined : linked.skillKind?.(id);
  });
  const education = object(data.education);
  const work = object(data.workEnvironment);
  return {
    duties: count(data.duties),
    problems: count(data.problems),
    technicalSkills: kinds.filter((kind) => kind === 'technical').length,
    softSkills: kinds.filter((kind) => kind === 'personal').length,
    technologies: count(data.technologies),
    education: stated(education.typical) + count(education.routes) + (linked.official?.entry ?? 0),
    certifications: count(education.certifications),
    workEnvironment:
      stated(work.setting) + stated(work.remote) + stated(work.hours) + count(work.colleagues) + count(work.equipment),
    salaries: count(data.salaries) + (linked.official?.salaries ?? 0),
    outlook: count(data.outlook) + (linked.official?.outlook ?? 0),
    progression: linked.progression,
    related: count(data.related),
    guides: linked.guides,
    faqs: count(data.faqs),
  };
}

export type SectionId =
  | 'duties'
  | 'salary'
  | 'outlook'
  | 'education'
  | 'skills'
  | 'technologies'
  | 'work-environment'
  | 'problems'
  | 'progression'
  | 'related-roles'
  | 'guides'
  | 'faq'
  | 'sources';

export interface ProfileSection {
  /** The section's anchor, which links and the table of contents use. */
  id: SectionId;
  title: string;
}

interface SectionSpec {
  id: SectionId;
  title: (c: ProfileCoverage) => string;
  shown: (c: ProfileCoverage) => boolean;
}

// Page order. Sources are always listed: a role cannot be published without one.
const sections: SectionSpec[] = [
  { id: 'duties', title: () => 'Duties', shown: (c) => c.duties > 0 },
  { id: 'salary', title: () => 'Salary', shown: (c) => c.salaries > 0 },
  { id: 'outlook', title: () => 'Job outlook', shown: (c) => c.outlook > 0 },
  {
    id: 'education',
    title: (c) =>
      c.education && c.certifications ? 'Education and certifications' : c.education ? 'Education' : 'Certifications',
    shown: (c) => c.education + c.certifications > 0,
  },
  { id: 'skills', title: () => 'Skills', shown: (c) => c.technicalSkills + c.softSkills > 0 },
  { id: 'technologies', title: () => 'Technologies', shown: (c) => c.technologies > 0 },
  { id: 'work-environment', title: () => 'Work environment', shown: (c) => c.workEnvironment > 0 },
  { id: 'problems', title: () => 'Problems it solves', shown: (c) => c.problems > 0 },
  { id: 'progression', title: () => 'Career progression', shown: (c) => c.progression > 0 },
  { id: 'related-roles', title: () => 'Related roles', shown: (c) => c.related > 0 },
  { id: 'guides', title: () => 'Guides about this role', shown: (c) => c.guides > 0 },
  { id: 'faq', title: () => 'Questions and answers', shown: (c) => c.faqs > 0 },
  { id: 'sources', title: () => 'Sources', shown: () => true },
];

/** Every section a profile can have: anchors a body heading must not take, even where the role leaves one out. */
export const profileSectionIds: readonly SectionId[] = sections.map((s) => s.id);

/**
 * What sources do not cover, in page order, as the "not covered" line names it. Related roles, guides
 * and questions are the site's own links and writing, not something a source covers, so a role
 * without them simply has no such section.
 */
const topics: { topic: string; missing: (c: ProfileCoverage) => boolean }[] = [
  { topic: 'duties', missing: (c) => c.duties === 0 },
  { topic: 'pay', missing: (c) => c.salaries === 0 },
  { topic: 'job outlook', missing: (c) => c.outlook === 0 },
  { topic: 'education and routes in', missing: (c) => c.education === 0 },
  { topic: 'certifications', missing: (c) => c.certifications === 0 },
  { topic: 'skills', missing: (c) => c.technicalSkills + c.softSkills === 0 },
  { topic: 'technical skills', missing: (c) => c.technicalSkills === 0 && c.softSkills > 0 },
  { topic: 'personal skills', missing: (c) => c.softSkills === 0 && c.technicalSkills > 0 },
  { topic: 'technologies', missing: (c) => c.technologies === 0 },
  { topic: 'work environment', missing: (c) => c.workEnvironment === 0 },
  { topic: 'problems it solves', missing: (c) => c.problems === 0 },
  { topic: 'career progression', missing: (c) => c.progression === 0 },
];

/** The sections a profile shows, in order, and the topics its sources do not cover yet. */
export function profileSections(coverage: ProfileCoverage): { shown: ProfileSection[]; notCovered: string[] } {
  return {
    shown: sections.filter((s) => s.shown(coverage)).map((s) => ({ id: s.id, title: s.title(coverage) })),
    notCovered: topics.filter((t) => t.missing(coverage)).map((t) => t.topic),
  };
}
