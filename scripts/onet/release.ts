import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { OnetImportError } from './errors.ts';
import { readMeFile } from './files.ts';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The release, read from its own `Read Me.txt` ("O*NET 30.2 Database" / "February 2026 Release"), with
 * the credit O*NET's licence asks for, in O*NET's words: the only place the site keeps that text.
 */
export function readRelease(folder: string) {
  const path = join(folder, readMeFile);
  if (!existsSync(path))
    throw new OnetImportError(
      `import:onet: expected "${readMeFile}" in ${folder}, found none — it names the release; copy it from the release with the other files`,
    );
  const text = readFileSync(path, 'utf8');
  const version = /O\*NET (\d+\.\d+) Database/.exec(text)?.[1];
  const month = /(\w+) (\d{4}) Release/.exec(text);
  const monthIndex = month ? months.indexOf(month[1]!) : -1;
  if (!version || !month || monthIndex < 0)
    throw new OnetImportError(
      `import:onet: "${readMeFile}" does not start with "O*NET <version> Database" and "<Month> <year> Release" — take the file again from the release`,
    );
  return {
    name: `O*NET ${version} Database`,
    version,
    released: `${month[2]}-${String(monthIndex + 1).padStart(2, '0')}`,
    publisher: 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)',
    url: 'https://www.onetcenter.org/database.html',
    license: 'CC BY 4.0',
    licenseUrl: 'https://www.onetcenter.org/license_db.html',
    credit: `This page includes information from the O*NET ${version} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.`,
    modifiedNotice:
      '{site} has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
  };
}
