import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { citedSourceIds } from '../../src/lib/sources.ts';
import { headingsOf } from './mdx-tree.ts';
import { missingOfficialFigure, officialFiguresByRole } from './official.ts';
import type { ParsedContent } from './schema-rules.ts';

/** Ids every page has (src/layouts/BaseLayout.astro): the skip link's target. */
export const pageAnchors = ['main'];
/** Section ids every role page has besides its body headings (src/layouts/RoleLayout.astro and its parts). */
export const roleSectionAnchors = [
  'at-a-glance',
  'toc-title',
  'duties',
  'problems',
  'skills',
  'technologies',
  'education',
  'work-environment',
  'salary',
  'outlook',
  'progression',
  'related-roles',
  'guides',
  'sources',
];

/** What the built site will contain: pages, their anchors, and figure ids per role. */
export interface SiteIndex {
  /** Page paths ("/roles/x/") and files ("/favicon.svg", "/rss.xml") with the anchors on them. */
  pages: Map<string, Set<string>>;
  /** The ids the page's own layout uses, which a body heading must not take. */
  layoutAnchors: Map<string, Set<string>>;
  /** Per role, what its frontmatter lists; `unreadable` when the frontmatter could not be parsed at all. */
  roles: Map<string, { salaries: Set<string>; outlook: Set<string>; sources: Set<string>; unreadable: boolean }>;
  guides: Set<string>;
  draftGuides: Set<string>;
  sources: Set<string>;
  /** Whether a role's missing figure id is explained by a statistics or code problem reported elsewhere. */
  missingOfficialFigure: (roleId: string, figureId: string) => boolean;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/**
 * The routes in src/pages that are not generated from content ("/", "/search/", "/rss.xml"),
 * read from the folder so a page added there is linkable without touching the checker.
 */
export function staticRoutes(projectDir: string): string[] {
  return (
    filesUnder(join(projectDir, 'src/pages'))
      // Dynamic routes come from content; error pages are not link targets.
      .filter((file) => !file.includes('[') && !/(^|\/)_/.test(file) && !/^(404|500)\./.test(file))
      .flatMap((file) => {
        const page = /^(.*?)\.(astro|md|mdx|html)$/.exec(file);
        if (page) return [`/${page[1]!.replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/')];
        const endpoint = /^(.*\.\w+)\.(ts|js|mjs)$/.exec(file);
        return endpoint ? [`/${endpoint[1]}`] : [];
      })
  );
}

/** Files copied as they are from public/ ("/favicon.svg"). */
export const publicFiles = (projectDir: string) => filesUnder(join(projectDir, 'public')).map((f) => `/${f}`);

export function buildSiteIndex(parsed: ParsedContent[], projectDir: string): SiteIndex {
  const pages = new Map<string, Set<string>>();
  const layoutAnchors = new Map<string, Set<string>>();
  for (const path of [...staticRoutes(projectDir), ...publicFiles(projectDir)]) pages.set(path, new Set(pageAnchors));
  const roles: SiteIndex['roles'] = new Map();
  const guides = new Set<string>();
  const draftGuides = new Set<string>();
  const sources = new Set<string>();
  // Ids from validated data (references are { id }) or, when a file failed its schema, from what is written.
  const ids = (list: unknown) =>
    (Array.isArray(list) ? list : []).flatMap((item: unknown) =>
      typeof item === 'string' ? [item] : item && typeof item === 'object' && 'id' in item ? [String(item.id)] : [],
    );

  const official = officialFiguresByRole(parsed);

  for (const { file, data: validated } of parsed) {
    const data = validated ?? (file.data as Record<string, unknown> | undefined);
    if (file.collection === 'sources' || file.collection === 'statistics') sources.add(file.id);
    if (file.collection === 'roles') {
      const derived = official.get(file.id) ?? { salaries: [], outlook: [] };
      const salaryIds = [...derived.salaries.map((f) => f.id), ...ids(data?.salaries)];
      const outlookIds = [...derived.outlook.map((f) => f.id), ...ids(data?.outlook)];
      const sourceIds = [...ids(data?.sources), ...[...derived.salaries, ...derived.outlook].map((f) => f.source.id)];
      const layout = new Set([
        ...pageAnchors,
        ...roleSectionAnchors,
        ...((data?.faqs as unknown[] | undefined)?.length ? ['faq'] : []),
        ...salaryIds.map((id) => `figure-${id}`),
        ...outlookIds.map((id) => `figure-${id}`),
        ...sourceIds.map((id) => `source-${id}`),
      ]);
      const path = `/roles/${file.id}/`;
      layoutAnchors.set(path, layout);
      pages.set(path, new Set([...layout, ...headingsOf(file).map((h) => h.slug)]));
      roles.set(file.id, {
        salaries: new Set(salaryIds),
        outlook: new Set(outlookIds),
        sources: new Set(sourceIds),
        unreadable: file.parseError !== undefined,
      });
    }
    if (file.collection === 'guides') {
      if (data?.draft === true) {
        draftGuides.add(file.id);
        continue;
      }
      guides.add(file.id);
      const cited = citedSourceIds(file.body);
      const layout = new Set([
        ...pageAnchors,
        ...(cited.length > 0 ? ['sources', ...cited.map((id) => `source-${id}`)] : []),
        ...((data?.roles as unknown[] | undefined)?.length ? ['roles-in-this-guide'] : []),
      ]);
      const path = `/guides/${file.id}/`;
      layoutAnchors.set(path, layout);
      pages.set(path, new Set([...layout, ...headingsOf(file).map((h) => h.slug)]));
    }
  }
  return {
    pages,
    layoutAnchors,
    roles,
    guides,
    draftGuides,
    sources,
    missingOfficialFigure: missingOfficialFigure(parsed),
  };
}
