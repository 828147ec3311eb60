import type { GetStaticPaths } from 'astro';
import { roleFilePaths, roleFileResponse } from '../../../lib/open-data/role-files.ts';

/** /data/roles/<name>.json: each role's profile, resolved as its page shows it (role.schema.json). */
export const getStaticPaths = (() => roleFilePaths('.json')) satisfies GetStaticPaths;

export const GET = roleFileResponse;
