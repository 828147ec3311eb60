import { getCollection } from 'astro:content';
import { technologyCategories } from '../../schemas/technology.ts';
import { technologyUsage } from '../catalog/technology-usage.ts';
import { citationSequence, editionSource } from '../citations/source-labels.ts';
import { entryText } from '../io/entry-text.ts';
import { comparePairs } from '../compare/role-pairs.ts';
import type { RoleEntry, SourceEntry, TechnologyEntry } from '../model/entries.ts';
import type { EditionEntry } from '../model/figure-types.ts';
import type { Role, SiteData } from '../model/role-types.ts';
import { linkProgression } from '../profile/progression.ts';
import { ReferenceLog } from './references.ts';
import { loadOnetData } from './onet-data.ts';
import { siteTechnologies } from '../onet/technology-pages.ts';
import { similarRoles } from '../onet/similar-roles.ts';
import { technologyCatalogue } from '../catalog/technology-catalogue.ts';
import { resolveRole } from './resolve-role.ts';

/**
 * The one place that reads the content collections: every collection once per build, every reference
 * resolved and checked (the build stops with one line per reference that points nowhere). Pages and
 * components receive the types of src/lib/model/.
 */

let cached: Promise<SiteData> | undefined;

/** Every collection, read once per build and cross-checked: pages and components share this. */
export function loadSite(): Promise<SiteData> {
  cached ??= buildSiteData();
  return cached;
}

function readCollections() {
  return Promise.all([
    getCollection('roles'),
    getCollection('guides', (guide) => import.meta.env.DEV || !guide.data.draft),
    getCollection('sources'),
    getCollection('statistics'),
    getCollection('families'),
    getCollection('technologies'),
    getCollection('skills'),
  ]);
}

async function buildSiteData(): Promise<SiteData> {
  const [roleEntries, guideEntries, sourceEntries, statisticsEntries, familyEntries, technologyEntries, skillEntries] =
    await readCollections();
  const onet = await loadOnetData();
  const log = new ReferenceLog();
  const roleById = new Map(roleEntries.map((entry) => [entry.id, entry]));
  const sources = new Map<string, SourceEntry>([
    ...sourceEntries.map((entry) => [entry.id, entry] as const),
    ...statisticsEntries.map((entry) => [entry.id, editionSource(entry.id, entry.data)] as const),
  ]);
  const guides = [...guideEntries].sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
  for (const guide of guides) {
    guide.data.roles.forEach((ref, i) =>
      log.resolve(roleById, ref, guide.filePath, `roles[${i}]`, `content/roles/${ref.id}.mdx`),
    );
  }
  const skills = new Map(skillEntries.map((entry) => [entry.id, entry]));
  const context = {
    log,
    roles: roleById,
    sources,
    families: new Map(familyEntries.map((entry) => [entry.id, entry])),
    skills,
    technologies: new Map(technologyEntries.map((entry) => [entry.id, entry])),
    editions: statisticsEntries.map(({ id, data }): EditionEntry => ({ id, data })),
    guides,
    onetOccupations: onet.occupations,
    fallbackFamily: familyEntries[0]!,
    citations: new Map(roleEntries.map((entry) => [entry.id, citationSequence(entryText(entry))])),
  };
  const roles = new Map(roleEntries.map((entry) => [entry.id, resolveRole(entry, context)]));
  log.throwIfAny();
  linkRoles(roles);
  for (const [id, similar] of similarRoles(roles)) roles.get(id)!.similarRoles = similar;

  const technologies = inPageOrder(technologyEntries);
  const roleList = [...roles.values()].sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title));
  return {
    roles,
    guides,
    sources,
    statistics: statisticsEntries,
    families: [...familyEntries].sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name)),
    technologies,
    technologyUsage: technologyUsage(technologies, roleList, guides),
    skills,
    onet,
    siteTechnologies: siteTechnologies(
      roleList.map((role) => ({
        id: role.id,
        onet: role.onet,
        technologyIds: role.technologies.map((t) => t.technology.id),
      })),
      technologyCatalogue(technologies),
      (category) => technologyCategories[category as keyof typeof technologyCategories] ?? category,
    ),
    comparisons: comparePairs(
      roleList.map((role) => ({
        id: role.id,
        leadsTo: role.leadsTo.map((r) => r.id),
        comesFrom: role.comesFrom.map((r) => r.id),
        related: role.related.map((r) => r.id),
        compareWith: role.compareWith.map((r) => r.id),
      })),
    ),
  };
}

/** Links written on one role shown on both: progression steps, "related" and an editor's compare pair. */
function linkRoles(roles: Map<string, Role>): void {
  linkProgression(roles);
  // "Related" and an editor's compare pair go both ways, like progression steps: written on one
  // role, shown on both, so each of the two pages links the other and their compare page.
  for (const role of roles.values()) {
    for (const list of ['related', 'compareWith'] as const) {
      for (const other of [...role[list]]) {
        const target = roles.get(other.id);
        if (target && !target[list].some((e) => e.id === role.id)) target[list].push(role.entry);
      }
    }
  }
  const byTitle = (a: RoleEntry, b: RoleEntry) => a.data.title.localeCompare(b.data.title);
  for (const role of roles.values()) {
    role.comesFrom.sort(byTitle);
    role.compareWith.sort(byTitle);
  }
}

/** Technologies by category, in the categories' page order, then by name. */
function inPageOrder(entries: readonly TechnologyEntry[]): TechnologyEntry[] {
  const categoryOrder = Object.keys(technologyCategories);
  return [...entries].sort(
    (a, b) =>
      categoryOrder.indexOf(a.data.category) - categoryOrder.indexOf(b.data.category) ||
      a.data.name.localeCompare(b.data.name),
  );
}
