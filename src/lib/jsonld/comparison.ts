import { schemaContext, type JsonLd } from './serialize.ts';

export interface ComparedRole {
  title: string;
  /** The role's page, absolute: its Occupation node has the id `<page>#occupation`. */
  page: URL;
}

/**
 * A compare page as a WebPage about two Occupations. schema.org has no type for a comparison; the
 * page's subject is the two roles, which point at the Occupation each role page describes in full.
 */
export function comparisonJsonLd(
  page: URL,
  title: string,
  description: string,
  roles: [ComparedRole, ComparedRole],
): JsonLd {
  return {
    '@context': schemaContext,
    '@type': 'WebPage',
    '@id': page.href,
    url: page.href,
    name: title,
    description,
    about: roles.map((role) => ({
      '@type': 'Occupation',
      '@id': `${role.page.href}#occupation`,
      name: role.title,
      url: role.page.href,
    })),
    inLanguage: 'en',
  };
}
