import { changeLog, type ChangedCollection } from '../open-data/change-log.ts';
import { datasetJsonLd } from '../jsonld/dataset.ts';
import { formatCount } from '../figures/figure-format.ts';
import { fieldDocs, type SchemaNode } from '../open-data/field-docs.ts';
import { dataPaths } from '../open-data/download-paths.ts';
import { reuseTerm } from '../open-data/reuse.ts';
import { loadOpenData } from '../open-data/site-export.ts';
import { contentHistory } from '../io/git-history.ts';
import { loadSite } from '../content/site-data.ts';
import { sitePath } from '../page/urls.ts';
import { jsonSchemaOf } from '../../schemas/open-data/served.ts';
import { siteConfig } from '../../site.config.ts';

/**
 * What the open-data page (src/pages/data/index.astro) shows: the downloads and their row counts, the
 * field tables read from the served schemas, the change log, the sources by reuse terms and how to cite.
 */
export async function dataPageView(site: URL) {
  const absolute = (path: string) => new URL(sitePath(path), site).href;
  const { roles, guides, sources, statistics, families } = await loadSite();
  const data = await loadOpenData(site);
  // From each role's summary: the page never holds every row of figures.csv, nor makes a profile again.
  const profiles = data.roleIds.map((id) => ({ id, ...data.summary(id) }));
  const rowCount = profiles.reduce((total, profile) => total + profile.rows, 0);
  const distinctFigures = data.figureIds.size;
  const figuresSummary = `${formatCount(rowCount)} rows: every pay, outlook and O*NET figure on every role page (${formatCount(distinctFigures)} distinct figures), one column per field.`;
  const entries = changeLog(contentHistory());
  const lastChanged = entries[0]?.date;

  // The field tables come from the served schemas, so they describe exactly what the files hold.
  const schema = (name: 'role' | 'figure-row') => jsonSchemaOf(name, absolute(dataPaths.schema(name))) as SchemaNode;
  const role = schema('role');
  const item = (field: string) => role.properties![field]!.items!;
  const salary = item('salaries');
  const rowFields = fieldDocs(schema('figure-row'));

  const schemaLink = (name: 'role' | 'figures' | 'figure-row') => sitePath(dataPaths.schema(name));
  const title = 'Open data';
  const description =
    'Download every role profile and every pay and outlook figure as JSON or CSV, with each figure’s source and edition, a schema, a licence and how to cite.';
  const citedData = {
    key: 'data',
    title: `${title}: role profiles and figures`,
    siteName: siteConfig.name,
    url: absolute(dataPaths.page),
    dated: lastChanged ? { label: 'Last changed', date: new Date(lastChanged) } : undefined,
  };

  const statisticsIds = new Set(statistics.map((edition) => edition.id));
  // What readers know each changed file by. The ids of sources include the statistics editions, which
  // were once files in content/sources/: a source id that is now an edition names a file since moved.
  const nameOf = (collection: ChangedCollection, id: string): string => {
    const found =
      collection === 'roles'
        ? roles.get(id)?.entry.data.title
        : collection === 'guides'
          ? guides.find((guide) => guide.id === id)?.data.title
          : collection === 'families'
            ? `the list of families (${families.map((f) => f.data.name).join(', ')})`
            : collection === 'statistics' || !statisticsIds.has(id)
              ? sources.get(id)?.data.title
              : undefined;
    return found ?? `${id} (a file since moved or removed)`;
  };
  const byPublisher = [...sources.values()].sort(
    (a, b) => a.data.publisher.localeCompare(b.data.publisher) || a.id.localeCompare(b.id),
  );
  const publicDomain = byPublisher.filter(
    (source) => reuseTerm(source.data.publisher, siteConfig.publicDomainPublishers) === 'public-domain',
  );
  const copyrighted = byPublisher.filter((source) => !publicDomain.includes(source));
  const jsonLd = [
    datasetJsonLd({
      name: `${siteConfig.name}: role profiles and figures`,
      description,
      page: new URL(absolute(dataPaths.page)),
      publisher: { name: siteConfig.name, url: new URL(absolute('')) },
      licence: siteConfig.licence.url,
      dateModified: lastChanged,
      files: [
        { name: 'figures.csv', format: 'text/csv', url: absolute(dataPaths.figuresCsv) },
        { name: 'figures.json', format: 'application/json', url: absolute(dataPaths.figuresJson) },
      ],
    }),
  ];

  return {
    title,
    description,
    profiles,
    figuresSummary,
    entries,
    lastChanged,
    role,
    item,
    salary,
    rowFields,
    schemaLink,
    citedData,
    nameOf,
    publicDomain,
    copyrighted,
    jsonLd,
  };
}
