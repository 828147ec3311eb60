import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, inlineCodeHashes, siteHeaderPolicy, withHashesInUse } from '../lib/page/security-policy.ts';

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
 * Trims each page's <meta> policy to the hashes of the inline code that page carries, then writes
 * dist/_headers: the policy Astro put in each page's <meta>, merged into one
 * site-wide header, plus frame-ancestors and the other security headers from src/lib/page/security-policy.ts.
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
        let trimmed = 0;
        for (const page of pages) {
          const file = join(outDir, page);
          const html = readFileSync(file, 'utf8');
          const match = metaPattern.exec(html);
          if (!match?.[1]) {
            missing.push(page);
            continue;
          }
          // Each page allows the inline code it carries and nothing else (see withHashesInUse).
          const written = match[1];
          const policy = withHashesInUse(decode(written), inlineCodeHashes(html));
          const encoded = written.includes('&#39;') ? policy.replaceAll("'", '&#39;') : policy;
          if (encoded !== written) {
            writeFileSync(
              file,
              html.replace(written, () => encoded),
            );
            trimmed += 1;
          }
          policies.add(policy);
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
          `_headers written: one policy for ${pages.length} pages (${policies.size} distinct page policies merged); ` +
            `${trimmed} pages' policies keep only the hashes of their own inline code`,
        );
      },
    },
  };
}
