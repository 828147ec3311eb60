import type { Crumb } from '../page/trail.ts';
import { schemaContext, type JsonLd } from './serialize.ts';

/**
 * The visible breadcrumb trail as a BreadcrumbList: same labels, same order, links
 * made absolute against the site. Undefined for a top-level page (a trail of one).
 */
export function breadcrumbListJsonLd(trail: Crumb[], site: URL): JsonLd | undefined {
  if (trail.length < 2) return undefined;
  return {
    '@context': schemaContext,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: new URL(crumb.href, site).href,
    })),
  };
}
