import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, siteHeaderPolicy } from '../lib/security-policy.ts';

const metaPattern = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
/** Cloudflare Pages ignores _headers lines longer than this. */
const maxHeaderLine = 2000;

const decode = (value: string) =>
  value
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * Writes dist/_headers after the build: the policy Astro put in each page's <meta>, merged into one
 * site-wide header, plus frame-ancestors and the other security headers from src/lib/security-policy.ts.
 * Fails the build when a page has no policy, so a page can't slip out from under it.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'career-atlas:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.html'))
          .sort();
        const policies = new Set<string>();
        const missing: string[] = [];
        for (const page of pages) {
          const match = metaPattern.exec(readFileSync(join(outDir, page), 'utf8'));
          if (match?.[1]) policies.add(decode(match[1]));
          else missing.push(page);
        }
        if (missing.length > 0) {
          throw new Error(
            `security-headers: no Content-Security-Policy <meta> in ${missing.join(', ')} — pages must be rendered by Astro with security.csp enabled (astro.config.mjs)`,
          );
        }
        const policy = siteHeaderPolicy(policies);
        const file = headersFile(policy);
        const long = file.split('\n').find((line) => line.length > maxHeaderLine);
        if (long)
          logger.warn(
            `a _headers line is ${long.length} characters; Cloudflare Pages ignores lines over ${maxHeaderLine}`,
          );
        writeFileSync(join(outDir, '_headers'), file);
        logger.info(
          `_headers written: one policy for ${pages.length} pages (${policies.size} distinct page policies merged)`,
        );
      },
    },
  };
}
