import type { APIRoute, GetStaticPaths } from 'astro';
import { siteUrl } from '../../lib/page/canonical.ts';
import { wholeSiteFilePaths, wholeSiteFileResponse } from '../../lib/open-data/whole-site-files.ts';

/**
 * /data/figures.json: every pay and outlook figure, one row per figure per role page (figures.schema.json). A build
 * writes it after the pages (src/integrations/files-after-pages.ts); the dev server serves it from here.
 */
export const getStaticPaths = (async () =>
  wholeSiteFilePaths('json', new URL(import.meta.env.SITE), import.meta.env.DEV)) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => wholeSiteFileResponse('json', siteUrl(context));
