import { figuresCsv } from './csv.ts';
import { dataPaths } from './download-paths.ts';
import { profileCsv } from './profile-csv.ts';
import { csvResponse, jsonResponse } from './responses.ts';
import type { OpenData } from './site-export.ts';

/** One of the files /data/roles/ holds for every role: where it is, and what it says. */
export interface RoleFile {
  path(id: string): string;
  response(data: OpenData, id: string): Response;
}

export const roleFiles: readonly RoleFile[] = [
  // The whole profile, resolved as its page shows it (role.schema.json).
  { path: dataPaths.roleJson, response: (data, id) => jsonResponse(data.profile(id)) },
  // The rows of figures.csv for the role's page.
  { path: dataPaths.roleCsv, response: (data, id) => csvResponse(figuresCsv(data.rows(data.profile(id)))) },
  // Its duties, skills, technologies and education, one row per item.
  { path: dataPaths.roleProfileCsv, response: (data, id) => csvResponse(profileCsv(data.profile(id))) },
];
