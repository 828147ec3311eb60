import { basename, extname } from 'node:path';
import type { APIRoute, GetStaticPathsResult } from 'astro';
import { loadSite } from '../content/site-data.ts';
import { siteUrl } from '../page/canonical.ts';
import { figuresCsv } from './csv.ts';
import { dataPaths } from './download-paths.ts';
import { profileCsv } from './profile-csv.ts';
import { csvResponse, jsonResponse } from './responses.ts';
import { loadOpenData, type OpenData } from './site-export.ts';

/** One of the files /data/roles/ holds for every role: where it is, and what it says. */
interface RoleFile {
  path(id: string): string;
  response(data: OpenData, id: string): Response;
}

const roleFiles: readonly RoleFile[] = [
  // The whole profile, resolved as its page shows it (role.schema.json).
  { path: dataPaths.roleJson, response: (data, id) => jsonResponse(data.profile(id)) },
  // The rows of figures.csv for the role's page.
  { path: dataPaths.roleCsv, response: (data, id) => csvResponse(figuresCsv(data.rows(data.profile(id)))) },
  // Its duties, skills, technologies and education, one row per item.
  { path: dataPaths.roleProfileCsv, response: (data, id) => csvResponse(profileCsv(data.profile(id))) },
];

/**
 * The paths of a route in src/pages/data/roles/ that writes every role's files with one extension, role by role:
 * a role's two CSV files are written one after the other and share the one profile open data keeps
 * (made-once.ts). A route's file name must carry its extension for `astro dev` to serve it as a file, so
 * there is one route per extension rather than one for all three files.
 */
export async function roleFilePaths(extension: '.json' | '.csv'): Promise<GetStaticPathsResult> {
  const { roles } = await loadSite();
  return [...roles.keys()].flatMap((id) =>
    roleFiles
      .filter((file) => extname(file.path(id)) === extension)
      .map((file) => ({ params: { name: basename(file.path(id), extension) }, props: { id, file } })),
  );
}

/** The file a path of roleFilePaths names. */
export const roleFileResponse: APIRoute = async (context) => {
  const { id, file } = context.props as { id: string; file: RoleFile };
  return file.response(await loadOpenData(siteUrl(context)), id);
};
