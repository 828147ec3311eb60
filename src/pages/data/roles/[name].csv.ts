import type { GetStaticPaths } from 'astro';
import { roleFilePaths, roleFileResponse } from '../../../lib/open-data/role-files.ts';

/** /data/roles/<name>.csv: each role's figure rows (<id>.csv) and profile items (<id>-profile.csv). */
export const getStaticPaths = (() => roleFilePaths('.csv')) satisfies GetStaticPaths;

export const GET = roleFileResponse;
