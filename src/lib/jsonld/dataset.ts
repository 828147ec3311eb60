import { schemaContext, type JsonLd } from './serialize.ts';

export interface DatasetInput {
  name: string;
  description: string;
  /** The page that documents the data, absolute. */
  page: URL;
  publisher: { name: string; url: URL };
  licence: string;
  /** The last day the data changed (YYYY-MM-DD), when the build knows it. */
  dateModified?: string | undefined;
  /** The downloadable files, absolute. */
  files: { url: string; format: 'text/csv' | 'application/json'; name: string }[];
}

/** The open-data files as a schema.org Dataset, with one DataDownload per file. */
export function datasetJsonLd(data: DatasetInput): JsonLd {
  return {
    '@context': schemaContext,
    '@type': 'Dataset',
    '@id': `${data.page.href}#dataset`,
    name: data.name,
    description: data.description,
    url: data.page.href,
    license: data.licence,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: data.publisher.name, url: data.publisher.url.href },
    publisher: { '@type': 'Organization', name: data.publisher.name, url: data.publisher.url.href },
    dateModified: data.dateModified,
    inLanguage: 'en',
    distribution: data.files.map((file) => ({
      '@type': 'DataDownload',
      name: file.name,
      encodingFormat: file.format,
      contentUrl: file.url,
    })),
  };
}
