import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  coverageOf,
  profileSectionIds,
  profileSections,
  type RoleFields,
} from '../../src/lib/profile/role-sections.ts';
import { comparePairs } from '../../src/lib/compare/role-pairs.ts';
import { citedSourceIds } from '../../src/lib/citations/source-labels.ts';
import { headingsOf } from './mdx-tree.ts';
import { editionsOf, missingOfficialFigure, officialCounts, officialFiguresByRole } from './official.ts';
import { officialEntry } from '../../src/lib/figures/official-figures.ts';
import type { OccupationMapping } from '../../src/lib/model/figure-types.ts';
import type { ParsedContent } from './schema-rules.ts';
import { skillKindsOf } from './skill-kinds.ts';

/** Ids every page has (src/layouts/BaseLayout.astro): the skip link's target. */
export const pageAnchors = ['main'];
/** Ids every role page has besides its sections (src/layouts/RoleLayout.astro and its parts). */
export const roleFixedAnchors = ['at-a-glance', 'contents'];

/** Ids a role page has only when it has something to show there (src/layouts/RoleLayout.astro). */
export const conditionalRoleAnchors = {
  /** The pay chart, above the salary table: a role with salary figures. */
  payChart: 'pay-chart',
  /** The career map, in the progression section: a role with a step before or after it. */
  careerMap: 'career-map',
} as const;

/** What the built site will contain: pages, their anchors, and figure ids per role. */
export interface SiteIndex {
  /** Page paths ("/roles/x/") and files ("/favicon.svg", "/rss.xml") with the anchors on them. */
  pages: Map<string, Set<string>>;
  /**
   * The ids the page's own layout uses or may use, which a body heading must not take: a role's
   * sections all stay reserved, so adding the data that fills one never collides with a heading.
   */
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

  const dataOf = ({ file, data }: ParsedContent) => data ?? (file.data as Record<string, unknown> | undefined);
  // What other files add to a role's page: progression steps written on either end, published guides about it.
  const progressionLinks = new Map<string, number>();
  const guidesAbout = new Map<string, number>();
  const add = (counts: Map<string, number>, id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const item of parsed) {
    const data = dataOf(item);
    if (item.file.collection === 'roles') {
      const progression = data?.progression as { leadsTo?: unknown; comesFrom?: unknown } | undefined;
      for (const other of [...ids(progression?.leadsTo), ...ids(progression?.comesFrom)]) {
        add(progressionLinks, item.file.id);
        add(progressionLinks, other);
      }
    }
    if (item.file.collection === 'guides' && data?.draft !== true)
      for (const role of new Set(ids(data?.roles))) add(guidesAbout, role);
  }

  const official = officialFiguresByRole(parsed);
  // Skills count as technical or personal by their entry in content/skills.yaml.
  const skillKind = skillKindsOf(parsed);
  const editions = editionsOf(parsed);

  for (const item of parsed) {
    const { file } = item;
    const data = dataOf(item);
    if (file.collection === 'sources' || file.collection === 'statistics') sources.add(file.id);
    if (file.collection === 'roles') {
      // Official figures its occupation codes bring come first, as on the page.
      const derived = official.get(file.id) ?? { salaries: [], outlook: [] };
      const salaryIds = [...derived.salaries.map((f) => f.id), ...ids(data?.salaries)];
      const outlookIds = [...derived.outlook.map((f) => f.id), ...ids(data?.outlook)];
      const sourceIds = [...ids(data?.sources), ...[...derived.salaries, ...derived.outlook].map((f) => f.source.id)];
      const entry = item.data ? officialEntry(item.data.occupationCodes as OccupationMapping[], editions).length : 0;
      // The sections the page renders: the same list the layout draws, from the same data.
      const coverage = coverageOf((data ?? {}) as RoleFields, {
        progression: progressionLinks.get(file.id) ?? 0,
        guides: guidesAbout.get(file.id) ?? 0,
        official: officialCounts(derived, entry),
        skillKind,
      });
      const pictures = [
        ...(salaryIds.length > 0 ? [conditionalRoleAnchors.payChart] : []),
        ...((progressionLinks.get(file.id) ?? 0) > 0 ? [conditionalRoleAnchors.careerMap] : []),
      ];
      const figuresAndSources = [
        ...pictures,
        ...salaryIds.map((id) => `figure-${id}`),
        ...outlookIds.map((id) => `figure-${id}`),
        ...sourceIds.map((id) => `source-${id}`),
      ];
      const path = `/roles/${file.id}/`;
      layoutAnchors.set(
        path,
        new Set([...pageAnchors, ...roleFixedAnchors, ...profileSectionIds, ...figuresAndSources]),
      );
      const rendered = profileSections(coverage).shown.map((section) => section.id);
      pages.set(
        path,
        new Set([
          ...pageAnchors,
          ...roleFixedAnchors,
          ...rendered,
          ...figuresAndSources,
          ...headingsOf(file).map((h) => h.slug),
        ]),
      );
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
  // Pages generated from the technologies list and from links between roles, so editors can link to them.
  for (const { file, data } of parsed) {
    if (file.collection === 'technologies')
      for (const id of ids(data ?? file.data)) pages.set(`/technologies/${id}/`, new Set(pageAnchors));
  }
  const refIds = (list: unknown) => ids(list);
  const linksOf = parsed.flatMap(({ file, data }) => {
    if (file.collection !== 'roles' || !data) return [];
    const progression = (data.progression ?? {}) as Record<string, unknown>;
    return [
      {
        id: file.id,
        leadsTo: refIds(progression.leadsTo),
        comesFrom: refIds(progression.comesFrom),
        related: refIds(data.related),
        compareWith: refIds(data.compareWith),
      },
    ];
  });
  for (const pair of comparePairs(linksOf)) pages.set(`/compare/${pair.slug}/`, new Set(pageAnchors));
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
