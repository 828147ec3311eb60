import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/page/canonical.ts';
import { sitePath } from '../lib/page/urls.ts';

/**
 * Crawlers may fetch everything: the 404 and search pages keep out of results through their
 * own `noindex` tag, which a crawler only sees if robots.txt lets it fetch the page.
 */
export const GET: APIRoute = (context) => {
  const sitemap = new URL(sitePath('sitemap-index.xml'), siteUrl(context)).href;
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemap}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
