import { figuresFileSchema, type FigureRow, type FiguresFile } from '../../schemas/open-data/figure-row.ts';
import type { RoleProfile } from '../../schemas/open-data/role-profile.ts';
import { siteConfig } from '../../site.config.ts';
import { changeDates } from '../io/git-history.ts';
import { rolesByOnetCode } from '../onet/index.ts';
import { loadSite } from '../content/site-data.ts';
import { figureAnchor, guideUrl, roleUrl, sitePath } from '../page/urls.ts';
import { figureRows } from './figure-rows.ts';
import { dataPaths } from './download-paths.ts';
import { madeOnce, type RoleDataSummary } from './made-once.ts';
import { roleProfile, type ExportContext } from './role-export.ts';

/**
 * The open data of one site, made on demand one role at a time. Profiles and rows are not kept: held for
 * every role until the end of the build, they were most of its memory (640 MB at 1,000 roles), which made
 * every later page's garbage collection slower. What is kept, and why, is in made-once.ts.
 */
export interface OpenData {
  context: ExportContext;
  /** Every role's id, in the order of the exports (by id). */
  roleIds: string[];
  /** One role's profile, as /data/roles/<id>.json holds it. */
  profile(id: string): RoleProfile;
  /** A profile's figure rows, as figures.csv holds them. */
  rows(profile: RoleProfile): FigureRow[];
  /** A role's title, citation, row count and whether it has pay or outlook figures, without making its profile again. */
  summary(id: string): RoleDataSummary;
  /** The distinct figure ids in every role's rows summarized so far. */
  figureIds: ReadonlySet<string>;
  /** figures.json without its rows, which figuresJsonParts() writes one role at a time. */
  envelope: Omit<FiguresFile, 'figures'>;
}

/** The export's context on the configured site: absolute addresses, licence, history. */
function exportContext(site: URL): ExportContext {
  const absolute = (path: string) => new URL(path, site).href;
  return {
    siteName: siteConfig.name,
    licence: siteConfig.licence,
    publicDomainPublishers: siteConfig.publicDomainPublishers,
    urls: {
      rolePage: (id) => absolute(roleUrl(id)),
      roleData: (id) => absolute(sitePath(dataPaths.roleJson(id))),
      guidePage: (id) => absolute(guideUrl(id)),
      figure: (roleId, figureId) => `${absolute(roleUrl(roleId))}#${figureAnchor(figureId)}`,
      schema: (name) => absolute(sitePath(dataPaths.schema(name))),
      dataPage: absolute(sitePath(dataPaths.page)),
    },
    changes: (filePath) => (filePath ? changeDates(filePath) : []),
  };
}

const cache = new Map<string, Promise<OpenData>>();

/**
 * Every data file's content, from the same resolved site the pages render (loadSite()): the export's
 * context once per build, and each role's profile and figure rows when a file or page asks for them.
 */
export function loadOpenData(site: URL): Promise<OpenData> {
  let data = cache.get(site.href);
  if (!data) {
    data = build(site);
    cache.set(site.href, data);
  }
  return data;
}

async function build(site: URL): Promise<OpenData> {
  const { roles, technologies, onet } = await loadSite();
  const context: ExportContext = {
    ...exportContext(site),
    onet: {
      data: onet,
      roleIdsByCode: rolesByOnetCode(
        [...roles.values()].map((role) => ({ id: role.id, onetOccupations: role.entry.data.onetOccupations })),
      ),
      technologies: technologies.map((t) => ({ id: t.id, ...t.data })),
    },
  };
  const made = madeOnce(
    (id) => {
      const role = roles.get(id);
      if (!role) throw new Error(`open data: no role "${id}"`);
      return roleProfile(role, context);
    },
    (exported) => figureRows([exported]),
  );
  const envelope = figuresFileSchema.omit({ figures: true }).parse({
    $schema: context.urls.schema('figures'),
    about: context.urls.dataPage,
    licence: { name: siteConfig.licence.name, url: siteConfig.licence.url },
  });
  return {
    context,
    roleIds: [...roles.keys()].sort((a, b) => a.localeCompare(b)),
    ...made,
    envelope,
  };
}
