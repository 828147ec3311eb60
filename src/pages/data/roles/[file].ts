import { basename } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteUrl } from '../../../lib/page/canonical.ts';
import { roleFiles, type RoleFile } from '../../../lib/open-data/role-files.ts';
import { loadOpenData } from '../../../lib/open-data/site-export.ts';
import { loadSite } from '../../../lib/content/site-data.ts';

/**
 * Each role's three data files (role-files.ts), role by role: written one after another, they share the one
 * profile open data keeps (made-once.ts), where three routes each made every role's profile again.
 */
export const getStaticPaths = (async () => {
  const { roles } = await loadSite();
  return [...roles.keys()].flatMap((id) =>
    roleFiles.map((file) => ({ params: { file: basename(file.path(id)) }, props: { id, file } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const { id, file } = context.props as { id: string; file: RoleFile };
  return file.response(await loadOpenData(siteUrl(context)), id);
};
