import { figuresFileSchema, type FiguresFile } from '../../schemas/open-data/figure-row.ts';
import type { RoleProfile } from '../../schemas/open-data/role-profile.ts';
import { siteConfig } from '../../site.config.ts';
import { changeDates } from '../io/git-history.ts';
import { rolesByOnetCode } from '../onet/index.ts';
import { loadSite } from '../content/site-data.ts';
import { figureAnchor, guideUrl, roleUrl, sitePath } from '../page/urls.ts';
import { figureRows } from './figure-rows.ts';
import { dataPaths } from './download-paths.ts';
import { roleProfile, type ExportContext } from './role-export.ts';

export interface OpenData {
  profiles: Map<string, RoleProfile>;
  figures: FiguresFile;
  context: ExportContext;
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
 * Every data file's content, from the same resolved site the pages render (loadSite()), built once per
 * build: the role profiles, and the figure rows that figures.json and the CSV files are made of.
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
  const ordered = [...roles.values()].sort((a, b) => a.id.localeCompare(b.id));
  const profiles = new Map(ordered.map((role) => [role.id, roleProfile(role, context)]));
  const figures = figuresFileSchema.parse({
    $schema: context.urls.schema('figures'),
    about: context.urls.dataPage,
    licence: { name: siteConfig.licence.name, url: siteConfig.licence.url },
    figures: figureRows([...profiles.values()]),
  });
  return { profiles, figures, context };
}
