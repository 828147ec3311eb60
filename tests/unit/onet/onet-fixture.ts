import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onetFiles, type OnetTable } from '../../../scripts/onet/files.ts';
import { tempFolder } from '../support/temp-folder.ts';

/** Rows of a tiny, made-up release (two occupations), in O*NET's columns: enough to exercise every table. */
const rows: Record<OnetTable, string[][]> = {
  occupations: [
    ['15-1252.00', 'Software Developers', 'A description the importer must not copy.'],
    ['15-1299.00', 'Computer Occupations, All Other', 'Another description.'],
  ],
  alternateTitles: [
    ['15-1252.00', 'Software Engineer', 'n/a', '01'],
    ['15-1252.00', 'Development Operations Engineer (DevOps Engineer)', 'DevOps Engineer', '08'],
  ],
  technologies: [
    ['15-1252.00', 'PostgreSQL', '43232306', 'Data base user interface and query software', 'Y', 'Y'],
    ['15-1252.00', 'Git', '43232402', 'Development environment software', 'Y', 'N'],
  ],
  related: [
    ['15-1252.00', '15-1299.00', 'Primary-Short', '2'],
    ['15-1252.00', '15-1211.00', 'Primary-Short', '1'],
  ],
  jobZones: [['15-1252.00', '4', '08/2025', 'Analyst']],
  jobZoneReference: [['4', 'Job Zone Four: Considerable Preparation Needed', 'x', 'x', 'x', 'x', '7.0 to < 8.0']],
  education: [
    [
      '15-1252.00',
      '2.D.1',
      'Required Level of Education',
      'RL',
      '6',
      '84.80',
      '22',
      '1',
      '2',
      '3',
      'N',
      '08/2025',
      'Incumbent',
    ],
    [
      '15-1252.00',
      '2.D.1',
      'Required Level of Education',
      'RL',
      '2',
      '15.20',
      '22',
      '1',
      '2',
      '3',
      'Y',
      '08/2025',
      'Incumbent',
    ],
    [
      '15-1252.00',
      '2.D.4.a',
      'Job-Related Professional Certification',
      'IM',
      'n/a',
      '2.1',
      '22',
      '1',
      '2',
      '3',
      'N',
      '08/2025',
      'Incumbent',
    ],
  ],
  educationCategories: [
    ['2.D.1', 'Required Level of Education', 'RL', '2', 'High School Diploma - or the equivalent (for example, GED)'],
    ['2.D.1', 'Required Level of Education', 'RL', '6', "Bachelor's Degree"],
  ],
  skills: [
    ['15-1252.00', '2.B.3.e', 'Programming', 'IM', '4.00', '8', '0', '4', '4', 'n/a', 'n/a', '08/2025', 'Analyst'],
    ['15-1252.00', '2.B.3.e', 'Programming', 'LV', '4.88', '8', '0', '4', '5', 'N', 'N', '08/2025', 'Analyst'],
  ],
  knowledge: [
    [
      '15-1252.00',
      '2.C.3.a',
      'Computers and Electronics',
      'IM',
      '4.5',
      'n/a',
      '0',
      '4',
      '5',
      'Y',
      'n/a',
      '08/2025',
      'Analyst - Transition',
    ],
  ],
  contentModel: [
    ['2.B.3.e', 'Programming', 'Writing computer programs for various purposes.'],
    ['2.C.3.a', 'Computers and Electronics', 'Knowledge of circuit boards.'],
    ['2.A.1.a', 'Reading Comprehension', 'Not used by any rating here.'],
  ],
  scales: [
    ['IM', 'Importance', '1', '5'],
    ['LV', 'Level', '0', '7'],
    ['RL', 'Required Level Of Education (Categories 1-12)', '0', '100'],
    ['CX', 'Context', '1', '5'],
  ],
};

/** A folder holding the fixture release, with CRLF line endings like O*NET's own files. */
export function onetFixture(): string {
  const folder = tempFolder('onet-fixture');
  for (const table of Object.keys(onetFiles) as OnetTable[]) {
    const { file, columns } = onetFiles[table];
    const lines = [columns.join('\t'), ...rows[table].map((row) => row.join('\t'))];
    writeFileSync(join(folder, file), lines.join('\r\n') + '\r\n');
  }
  writeFileSync(join(folder, 'Read Me.txt'), 'O*NET 30.2 Database\nFebruary 2026 Release\n');
  return folder;
}
