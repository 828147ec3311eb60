// Two small resolved roles for the open-data tests: both map to one official occupation (with different
// relations), so they share official figures; one also has its own figures from an article, one of them
// superseded. Built with the site's own officialFigures(), so the provenance is what the site derives.
import { officialFigures } from '../../../src/lib/figures/official-figures.ts';
import type { EditionEntry, OccupationMapping } from '../../../src/lib/model/figure-types.ts';
import type { ExportContext } from '../../../src/lib/open-data/role-export.ts';
import type { Role } from '../../../src/lib/model/role-types.ts';
import type { SourceEntry } from '../../../src/lib/model/entries.ts';

export const edition: EditionEntry = {
  id: 'bls-ooh-2023',
  data: {
    publisher: 'U.S. Bureau of Labor Statistics',
    shortName: 'BLS',
    dataset: 'Occupational Outlook Handbook',
    edition: '2023–33',
    url: 'https://www.bls.gov/ooh/',
    classification: 'US-SOC-2018',
    region: 'US',
    currency: 'USD',
    wages: { year: 2023, month: 'May' },
    projections: { from: 2023, to: 2033 },
    occupations: [
      {
        id: 'developers',
        title: 'Developers and testers',
        codes: ['15-1252', '15-1253'],
        url: 'https://www.bls.gov/ooh/developers.htm',
        quotedBy: [],
        pay: {
          medianAnnual: 130000,
          occupations: [
            { code: '15-1252', title: 'Developers', medianAnnual: 132000 },
            { code: '15-1253', title: 'Testers', medianAnnual: 100000 },
          ],
        },
        projections: { growthPercent: 17, pace: 'much faster than average' },
      },
    ],
  },
};

const bls: SourceEntry = {
  id: 'bls-ooh-2023',
  data: {
    publisher: 'U.S. Bureau of Labor Statistics',
    title: 'Occupational Outlook Handbook, 2023–33 edition: Developers and testers',
    url: 'https://www.bls.gov/ooh/developers.htm',
    dataYear: 2023,
    kind: 'official-statistics',
  },
};
const article: SourceEntry = {
  id: 'recruiter',
  data: {
    publisher: 'A Recruiter, "Inc."',
    title: 'Pay, 50% higher & more',
    dataYear: 'undated',
    kind: 'recruiter-article',
  },
};

function role(id: string, title: string, mapping: OccupationMapping, own: boolean): Role {
  const official = officialFigures([mapping], [edition]);
  const resolve = <F extends { source: { id: string }; via?: unknown }>(f: F) => ({
    ...f,
    source: bls,
    via: undefined,
    older: false,
  });
  const ownSalaries = own
    ? [
        {
          id: 'recruiter-old',
          region: 'US',
          currency: 'USD',
          period: 'year' as const,
          level: 'senior' as const,
          statistic: 'range' as const,
          min: 90000,
          max: 120000,
          year: 'undated' as const,
          source: article,
          supersededBy: 'recruiter-new',
          older: false,
        },
        {
          id: 'recruiter-new',
          region: 'US-OK',
          currency: 'USD',
          period: 'hour' as const,
          level: 'junior' as const,
          statistic: 'average' as const,
          amount: 47.5,
          year: 2024,
          note: 'Says "about", with a comma, and\na line break.',
          source: article,
          older: true,
        },
      ]
    : [];
  return {
    id,
    citations: [],
    entry: {
      id,
      filePath: `content/roles/${id}.mdx`,
      data: {
        title,
        aliases: [`${title} alias`],
        summary: `${title}: a summary of the role for the tests.`,
        lastReviewed: new Date('2026-11-23T00:00:00Z'),
        duties: ['Writes code.'],
        problems: [],
        skills: [{ skill: { id: 'testing' } }, { skill: { id: 'listening' } }],
        technologies: [
          { technology: { id: 'git' } },
          { technology: { id: 'python' } },
          { technology: { id: 'postgresql' } },
          { technology: { id: 'go' } },
        ],
        education: { routes: [{ kind: 'degree', description: 'A degree.' }], certifications: [] },
        workEnvironment: { equipment: [], colleagues: [] },
        faqs: [],
      },
    },
    family: { id: 'engineering', data: { name: 'Engineering', description: 'Builds.', order: 1 } },
    salaries: [...official.salaries.map(resolve), ...ownSalaries],
    outlook: official.outlook.map(resolve),
    sources: own ? [article, bls] : [bls],
    occupations: [{ ...mapping, title: 'Developers', profileTitle: 'Developers and testers', url: bls.data.url! }],
    officialEntry: [],
    // Resolved entries, in the role file's order: the export groups them as the page does.
    skills: [
      { skill: entry('listening', { name: 'Listening', kind: 'personal' }), detail: 'To users and colleagues.' },
      { skill: entry('testing', { name: 'Testing', kind: 'technical' }) },
    ],
    technologies: [
      { technology: entry('git', { name: 'Git', category: 'tool', aliases: [] }) },
      { technology: entry('python', { name: 'Python', category: 'language', aliases: [] }), usedFor: 'Services.' },
      { technology: entry('postgresql', { name: 'PostgreSQL', category: 'database', aliases: [] }) },
      { technology: entry('go', { name: 'Go', category: 'language', aliases: [] }) },
    ],
    leadsTo: [],
    comesFrom: [],
    related: [],
    guides: [],
    faqs: [{ question: 'Pay?', answer: 'About $130,000 a year.' }],
  } as unknown as Role;
}

/** A list entry as the site resolves it: its id and its data. */
function entry<D>(id: string, data: D): { id: string; data: D } {
  return { id, data };
}

export const developer = role(
  'developer',
  'Developer',
  { system: 'US-SOC-2018', code: '15-1252', relation: 'is' },
  true,
);
export const webDeveloper = role(
  'web-developer',
  'Web developer',
  { system: 'US-SOC-2018', code: '15-1252', relation: 'counted-under', note: 'Counted as developers.' },
  false,
);

export const context: ExportContext = {
  siteName: 'Career Atlas',
  licence: {
    name: 'Creative Commons Attribution 4.0 International',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  publicDomainPublishers: { 'U.S. Bureau of Labor Statistics': 'a U.S. government work' },
  urls: {
    rolePage: (id) => `https://example.org/atlas/roles/${id}/`,
    roleData: (id) => `https://example.org/atlas/data/roles/${id}.json`,
    guidePage: (id) => `https://example.org/atlas/guides/${id}/`,
    figure: (roleId, figureId) => `https://example.org/atlas/roles/${roleId}/#figure-${figureId}`,
    schema: (name) => `https://example.org/atlas/data/schema/${name}.schema.json`,
    dataPage: 'https://example.org/atlas/data/',
  },
  changes: (file) => (file === 'content/roles/developer.mdx' ? ['2026-11-28', '2026-11-23'] : []),
};
