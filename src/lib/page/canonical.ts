/**
 * Absolute URLs on the configured `site` (astro.config.mjs, from SITE_URL): canonical links,
 * og:url, og:image and JSON-LD all come from here, so they cannot name different hosts.
 */
export function siteUrl(astro: { site?: URL; url: URL }): URL {
  return astro.site ?? new URL(astro.url.origin);
}

/** The page's canonical URL: its own path on the configured site. */
export function canonicalUrl(astro: { site?: URL; url: URL }): URL {
  return new URL(astro.url.pathname, siteUrl(astro));
}
