import { schemaContext, nonEmpty, type JsonLd } from './serialize.ts';

export interface TermInput {
  id: string;
  name: string;
  aliases: string[];
  /** What kind of technology it is, in words ("Databases and data stores"). */
  category: string;
  website?: string | undefined;
  /** The technology's page on this site, absolute. */
  page: URL;
}

/** The set all technologies belong to: the /technologies/ page. */
export interface TermSetInput {
  name: string;
  description: string;
  page: URL;
}

const termSetReference = (set: TermSetInput) => ({
  '@type': 'DefinedTermSet',
  '@id': `${set.page.href}#set`,
  name: set.name,
  url: set.page.href,
});

/** A technology as a DefinedTerm in the site's set of technologies; its own website as sameAs. */
export function definedTermJsonLd(term: TermInput, set: TermSetInput): JsonLd {
  return {
    '@context': schemaContext,
    '@type': 'DefinedTerm',
    '@id': `${term.page.href}#term`,
    name: term.name,
    alternateName: nonEmpty(term.aliases),
    termCode: term.id,
    description: term.category,
    url: term.page.href,
    sameAs: term.website,
    inDefinedTermSet: termSetReference(set),
  };
}

/** The /technologies/ page as the DefinedTermSet, listing every term with its page. */
export function definedTermSetJsonLd(set: TermSetInput, terms: Pick<TermInput, 'id' | 'name' | 'page'>[]): JsonLd {
  return {
    '@context': schemaContext,
    ...termSetReference(set),
    description: set.description,
    hasDefinedTerm: terms.map((term) => ({
      '@type': 'DefinedTerm',
      '@id': `${term.page.href}#term`,
      name: term.name,
      termCode: term.id,
      url: term.page.href,
    })),
  };
}
