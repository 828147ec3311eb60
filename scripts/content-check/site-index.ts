import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RoleOfficial } from '../../src/lib/figures/role-official.ts';
import { coverageOf, profileSectionIds, profileSections } from '../../src/lib/profile/role-sections.ts';
import { comparePairs } from '../../src/lib/compare/role-pairs.ts';
import { citedSourceIds } from '../../src/lib/citations/source-labels.ts';
import { headingsOf } from './mdx-tree.ts';
import { missingOfficialFigure, officialByRole } from './official.ts';
import { entriesOf, validOf, type ParsedContent } from './parsed.ts';
import { fieldOf, idsIn, itemsOf } from './raw.ts';
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
  /** Per role, the figure and source ids its page will show (empty for a role that failed its schema). */
  roles: Map<string, { salaries: Set<string>; outlook: Set<string>; sources: Set<string> }>;
  guides: Set<string>;
  draftGuides: Set<string>;
  sources: Set<string>;
  /** Editions in content/statistics/ that failed their schema: their figure ids are unknown. */
  failedEditions: string[];
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

/** The ids a role's page shows figures and sources for: official ones first, as on the page. */
function roleIds(data: unknown, official: RoleOfficial | undefined) {
  const derived = official?.figures ?? { salaries: [], outlook: [] };
  return {
    salaries: [...derived.salaries.map((f) => f.id), ...idsIn(fieldOf(data, 'salaries'))],
    outlook: [...derived.outlook.map((f) => f.id), ...idsIn(fieldOf(data, 'outlook'))],
    sources: [...idsIn(fieldOf(data, 'sources')), ...[...derived.salaries, ...derived.outlook].map((f) => f.source.id)],
  };
}

/** What other files add to a role's page: progression steps written on either end, published guides about it. */
function linkCounts(parsed: readonly ParsedContent[]) {
  const progression = new Map<string, number>();
  const guides = new Map<string, number>();
  const add = (counts: Map<string, number>, id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  // A role that failed its schema still counts, from what is written, for the roles it names.
  for (const { file, data } of entriesOf(parsed, 'roles')) {
    const steps = fieldOf(data ?? file.data, 'progression');
    for (const other of [...idsIn(fieldOf(steps, 'leadsTo')), ...idsIn(fieldOf(steps, 'comesFrom'))]) {
      add(progression, file.id);
      add(progression, other);
    }
  }
  for (const { file, data } of entriesOf(parsed, 'guides')) {
    const written = data ?? file.data;
    if (fieldOf(written, 'draft') !== true)
      for (const role of new Set(idsIn(fieldOf(written, 'roles')))) add(guides, role);
  }
  return { progression, guides };
}

export function buildSiteIndex(
  parsed: readonly ParsedContent[],
  projectDir: string,
  official: Map<string, RoleOfficial> = officialByRole(parsed),
): SiteIndex {
  const pages = new Map<string, Set<string>>();
  const layoutAnchors = new Map<string, Set<string>>();
  for (const path of [...staticRoutes(projectDir), ...publicFiles(projectDir)]) pages.set(path, new Set(pageAnchors));
  const roles: SiteIndex['roles'] = new Map();
  const guides = new Set<string>();
  const draftGuides = new Set<string>();
  const sources = new Set([...entriesOf(parsed, 'sources'), ...entriesOf(parsed, 'statistics')].map((p) => p.file.id));
  const links = linkCounts(parsed);
  // Skills count as technical or personal by their entry in content/skills.yaml.
  const skillKind = skillKindsOf(parsed);

  for (const { file, data } of entriesOf(parsed, 'roles')) {
    const ids = roleIds(data ?? file.data, official.get(file.id));
    // The sections the page renders: the same list the layout draws, from the same data (none when it failed).
    const coverage = data
      ? coverageOf(data, {
          progression: links.progression.get(file.id) ?? 0,
          guides: links.guides.get(file.id) ?? 0,
          official: official.get(file.id)?.counts,
          skillKind,
        })
      : undefined;
    const pictures = [
      ...(ids.salaries.length > 0 ? [conditionalRoleAnchors.payChart] : []),
      ...((links.progression.get(file.id) ?? 0) > 0 ? [conditionalRoleAnchors.careerMap] : []),
    ];
    const figuresAndSources = [
      ...pictures,
      ...[...ids.salaries, ...ids.outlook].map((id) => `figure-${id}`),
      ...ids.sources.map((id) => `source-${id}`),
    ];
    const path = `/roles/${file.id}/`;
    layoutAnchors.set(path, new Set([...pageAnchors, ...roleFixedAnchors, ...profileSectionIds, ...figuresAndSources]));
    const rendered = coverage ? profileSections(coverage).shown.map((section) => section.id) : [];
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
      salaries: new Set(ids.salaries),
      outlook: new Set(ids.outlook),
      sources: new Set(ids.sources),
    });
  }
  for (const { file, data } of entriesOf(parsed, 'guides')) {
    const written = data ?? file.data;
    if (fieldOf(written, 'draft') === true) {
      draftGuides.add(file.id);
      continue;
    }
    guides.add(file.id);
    const cited = citedSourceIds(file.body);
    const layout = new Set([
      ...pageAnchors,
      ...(cited.length > 0 ? ['sources', ...cited.map((id) => `source-${id}`)] : []),
      ...(itemsOf(fieldOf(written, 'roles')).length > 0 ? ['roles-in-this-guide'] : []),
    ]);
    const path = `/guides/${file.id}/`;
    layoutAnchors.set(path, layout);
    pages.set(path, new Set([...layout, ...headingsOf(file).map((h) => h.slug)]));
  }
  // Pages generated from the technologies list and from links between roles, so editors can link to them.
  for (const { file, data } of entriesOf(parsed, 'technologies'))
    for (const id of idsIn(data ?? file.data)) pages.set(`/technologies/${id}/`, new Set(pageAnchors));
  const linksOf = validOf(parsed, 'roles').map(({ file, data }) => ({
    id: file.id,
    leadsTo: idsIn(data.progression.leadsTo),
    comesFrom: idsIn(data.progression.comesFrom),
    related: idsIn(data.related),
    compareWith: idsIn(data.compareWith),
  }));
  for (const pair of comparePairs(linksOf)) pages.set(`/compare/${pair.slug}/`, new Set(pageAnchors));
  return {
    pages,
    layoutAnchors,
    roles,
    guides,
    draftGuides,
    sources,
    failedEditions: entriesOf(parsed, 'statistics')
      .filter((p) => !p.data)
      .map((p) => p.file.id),
    missingOfficialFigure: missingOfficialFigure(parsed),
  };
}
