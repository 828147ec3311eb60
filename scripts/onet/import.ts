import { buildOccupations, buildReference, type Tables } from './build.ts';
import { onetFiles, type OnetTable } from './files.ts';
import { readTable } from './read-table.ts';
import { readRelease } from './release.ts';
import { writeOnetContent } from './write.ts';

/**
 * Read every file the site needs from `folder` (headers checked before anything is written, so a
 * failed import leaves `outDir` as it was), then write the release, occupations and reference tables.
 */
export function importOnet(folder: string, outDir: string): { occupations: number } {
  const release = readRelease(folder);
  const tables = Object.fromEntries(
    (Object.keys(onetFiles) as OnetTable[]).map((table) => [
      table,
      readTable(folder, onetFiles[table].file, onetFiles[table].columns),
    ]),
  ) as Tables;
  const occupations = buildOccupations(tables);
  const reference = buildReference(tables);
  writeOnetContent(outDir, release, occupations, {
    elements: reference.elements,
    scales: reference.scales,
    'job-zones': reference.jobZones,
    'education-categories': reference.categories,
  });
  return { occupations: occupations.length };
}
