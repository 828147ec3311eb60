/**
 * The O*NET text files the importer reads, each with the exact header row it expects (O*NET 30.2 layout).
 * A later release that renames a file or a column fails the import with one line naming both, so the
 * mapping here is updated on purpose rather than guessed.
 */
export const onetFiles = {
  occupations: { file: 'Occupation Data.txt', columns: ['O*NET-SOC Code', 'Title', 'Description'] },
  alternateTitles: {
    file: 'Alternate Titles.txt',
    columns: ['O*NET-SOC Code', 'Alternate Title', 'Short Title', 'Source(s)'],
  },
  technologies: {
    file: 'Technology Skills.txt',
    columns: ['O*NET-SOC Code', 'Example', 'Commodity Code', 'Commodity Title', 'Hot Technology', 'In Demand'],
  },
  related: {
    file: 'Related Occupations.txt',
    columns: ['O*NET-SOC Code', 'Related O*NET-SOC Code', 'Relatedness Tier', 'Index'],
  },
  jobZones: { file: 'Job Zones.txt', columns: ['O*NET-SOC Code', 'Job Zone', 'Date', 'Domain Source'] },
  jobZoneReference: {
    file: 'Job Zone Reference.txt',
    columns: ['Job Zone', 'Name', 'Experience', 'Education', 'Job Training', 'Examples', 'SVP Range'],
  },
  education: {
    file: 'Education, Training, and Experience.txt',
    columns: [
      'O*NET-SOC Code',
      'Element ID',
      'Element Name',
      'Scale ID',
      'Category',
      'Data Value',
      'N',
      'Standard Error',
      'Lower CI Bound',
      'Upper CI Bound',
      'Recommend Suppress',
      'Date',
      'Domain Source',
    ],
  },
  educationCategories: {
    file: 'Education, Training, and Experience Categories.txt',
    columns: ['Element ID', 'Element Name', 'Scale ID', 'Category', 'Category Description'],
  },
  skills: { file: 'Skills.txt', columns: ratingColumns() },
  knowledge: { file: 'Knowledge.txt', columns: ratingColumns() },
  contentModel: { file: 'Content Model Reference.txt', columns: ['Element ID', 'Element Name', 'Description'] },
  scales: { file: 'Scales Reference.txt', columns: ['Scale ID', 'Scale Name', 'Minimum', 'Maximum'] },
} as const satisfies Record<string, { file: string; columns: readonly string[] }>;

export type OnetTable = keyof typeof onetFiles;

function ratingColumns() {
  return [
    'O*NET-SOC Code',
    'Element ID',
    'Element Name',
    'Scale ID',
    'Data Value',
    'N',
    'Standard Error',
    'Lower CI Bound',
    'Upper CI Bound',
    'Recommend Suppress',
    'Not Relevant',
    'Date',
    'Domain Source',
  ] as const;
}

/** The file with the release's name and month ("O*NET 30.2 Database", "February 2026 Release"). */
export const readMeFile = 'Read Me.txt';

/** Files later releases are known to have renamed or split: named in the error so the cause is plain. */
export const knownRenames: Record<string, string[]> = {
  'Technology Skills.txt': ['Software Skills.txt'],
  'Alternate Titles.txt': ['Job Titles.txt'],
  'Skills.txt': ['Basic Skills.txt', 'Cross-Functional Skills.txt'],
};
