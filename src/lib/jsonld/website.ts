import { schemaContext, type JsonLd } from './serialize.ts';

export interface WebsiteInput {
  name: string;
  description: string;
  /** The home page, absolute. */
  home: URL;
  /** The search page, absolute; its form reads the query from `?q=`. */
  search: URL;
}

/** The site itself, with the search box as a SearchAction (the header's search form posts to the same URL). */
export function websiteJsonLd(site: WebsiteInput): JsonLd {
  const target = new URL(site.search);
  target.search = '';
  return {
    '@context': schemaContext,
    '@type': 'WebSite',
    '@id': `${site.home.href}#website`,
    name: site.name,
    description: site.description,
    url: site.home.href,
    inLanguage: 'en',
    potentialAction: {
      '@type': 'SearchAction',
      // Braces stay literal: they are the template placeholder, not part of the URL.
      target: { '@type': 'EntryPoint', urlTemplate: `${target.href}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}
