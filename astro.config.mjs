// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { astroCsp } from './src/lib/security-policy.ts';

// The public address of the site: canonical URLs, the sitemap and feeds are built from it.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap(), securityHeaders()],
  // Content Security Policy in every page's <meta>, with hashes of Astro's inline scripts and styles.
  security: { csp: astroCsp },
  // Prism marks code with classes; Shiki's inline style attributes would break the CSP.
  markdown: { syntaxHighlight: 'prism' },
  server: { host: '127.0.0.1', port: 4321 },
});
