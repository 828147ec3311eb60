import type { GuideEntry } from '../model/entries.ts';
import { isoDay, nonEmpty, schemaContext, type JsonLd } from './serialize.ts';

export type ArticleInput = Pick<
  GuideEntry['data'],
  'title' | 'description' | 'published' | 'updated' | 'author' | 'tags'
>;

export interface Publisher {
  name: string;
  /** The home page, absolute. */
  url: URL;
}

/**
 * A guide as an Article. A byline that names the site ("Career Atlas editors") is the
 * site's editorial team, so it is an Organization; any other byline is a person.
 */
export function articleJsonLd(guide: ArticleInput, page: URL, image: URL, publisher: Publisher): JsonLd {
  const organization = { '@type': 'Organization', name: publisher.name, url: publisher.url.href };
  const byTeam = guide.author.trim().toLowerCase().startsWith(publisher.name.toLowerCase());
  return {
    '@context': schemaContext,
    '@type': 'Article',
    '@id': `${page.href}#article`,
    headline: guide.title,
    description: guide.description,
    url: page.href,
    mainEntityOfPage: { '@type': 'WebPage', '@id': page.href },
    datePublished: isoDay(guide.published),
    dateModified: isoDay(guide.updated ?? guide.published),
    author: byTeam
      ? { '@type': 'Organization', name: guide.author, url: publisher.url.href }
      : { '@type': 'Person', name: guide.author },
    publisher: organization,
    image: image.href,
    keywords: nonEmpty(guide.tags),
    inLanguage: 'en',
  };
}
