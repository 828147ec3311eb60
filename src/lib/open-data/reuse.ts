import type { reuseTerms } from '../../schemas/open-data/common.ts';

export type ReuseTerm = (typeof reuseTerms)[number];

/**
 * The terms a source can be reused under: public domain when its publisher is listed as such in the
 * site config, otherwise its publisher's copyright (cite it and check its terms).
 */
export function reuseTerm(publisher: string, publicDomainPublishers: Record<string, string>): ReuseTerm {
  return Object.hasOwn(publicDomainPublishers, publisher) ? 'public-domain' : 'cite-and-check-terms';
}
