import { basename, extname } from 'node:path';
import { dataPaths } from './download-paths.ts';
import { figuresCsvParts, figuresJsonParts } from './figure-files.ts';
import { writeAfterPages } from './files-after-pages.ts';
import { csvPartsResponse, jsonPartsResponse } from './responses.ts';
import { loadOpenData } from './site-export.ts';

/** The files made from every role's figures, by the format of the route that serves them. */
const wholeSiteFiles = {
  json: { path: dataPaths.figuresJson, parts: figuresJsonParts, response: jsonPartsResponse },
  csv: { path: dataPaths.figuresCsv, parts: figuresCsvParts, response: csvPartsResponse },
} as const;

type Format = keyof typeof wholeSiteFiles;

/** "figures", the route parameter of data/figures.json and data/figures.csv. */
const fileName = (format: Format) => {
  const { path } = wholeSiteFiles[format];
  return basename(path, extname(path));
};

/**
 * The route's paths. In a build there are none: the file is handed over to be written after the pages, a role at
 * a time (files-after-pages.ts). The dev server has no such step, so there the route serves the file itself.
 */
export async function wholeSiteFilePaths(format: Format, site: URL, dev: boolean) {
  if (dev) return [{ params: { file: fileName(format) } }];
  const data = await loadOpenData(site);
  const { path, parts } = wholeSiteFiles[format];
  writeAfterPages([{ path, parts: () => parts(data) }]);
  return [];
}

/** The file as the dev server serves it. */
export async function wholeSiteFileResponse(format: Format, site: URL): Promise<Response> {
  const { parts, response } = wholeSiteFiles[format];
  return response(parts(await loadOpenData(site)));
}
