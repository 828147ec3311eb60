import { loadContent } from './load.ts';
import { checkMdxBody } from './mdx-rules.ts';
import type { Problem } from './problems.ts';
import { checkSchemas } from './schema-rules.ts';
import { checkAcrossFiles } from './site-rules.ts';
import { buildSiteIndex } from './site-index.ts';

export interface CheckOptions {
  now?: Date;
  maxFigureAgeYears?: number;
}

/** Every problem in a content folder, errors and warnings, sorted by file and line. */
export function checkContent(contentDir: string, root: string, options: CheckOptions = {}): Problem[] {
  const files = loadContent(contentDir, root);
  const { problems, parsed } = checkSchemas(files);
  const site = buildSiteIndex(parsed);
  for (const { file } of parsed) {
    if (file.collection !== 'roles' && file.collection !== 'guides') continue;
    const pagePath = `/${file.collection}/${file.id}/`;
    problems.push(...checkMdxBody(file, site, site.pages.get(pagePath) ?? new Set()));
  }
  problems.push(
    ...checkAcrossFiles(parsed, { now: options.now ?? new Date(), maxFigureAgeYears: options.maxFigureAgeYears ?? 3 }),
  );
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
