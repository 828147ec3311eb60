import {
  minimumSections,
  sectionLabels,
  type Completeness,
  type SectionId,
} from '../../src/lib/profile/completeness.ts';

const short: Record<SectionId, string> = {
  duties: 'duties',
  problems: 'probl',
  skills: 'skills',
  technologies: 'tech',
  education: 'educ',
  'work-environment': 'work',
  salary: 'pay',
  outlook: 'outlk',
};

/**
 * One line per role: which sections its sources cover (✓) and which not (·), and whether it is a
 * "brief profile" (no figure and fewer than three described sections), which the site keeps out of the sitemap.
 */
export function completenessTable(byRole: Map<string, Completeness>): string {
  const ids = Object.keys(sectionLabels) as SectionId[];
  const width = Math.max(4, ...[...byRole.keys()].map((id) => id.length));
  const header = ['role'.padEnd(width), ...ids.map((id) => short[id].padEnd(6)), 'status'].join(' ');
  const lines = [...byRole]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, c]) =>
      [
        id.padEnd(width),
        ...c.sections.map((s) => (s.covered ? '✓' : '·').padEnd(6)),
        c.brief ? `brief profile (noindex): needs a figure or ${minimumSections} described sections` : 'full',
      ].join(' '),
    );
  return ["Completeness (notice): what each role profile's sources cover", header, ...lines].join('\n');
}
