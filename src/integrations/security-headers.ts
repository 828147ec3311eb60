import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { decodeEntities } from './html-head.ts';
import { headersFile, inlineCodeHashes, siteHeaderPolicy, withHashesInUse } from '../lib/page/security-policy.ts';

const metaPattern = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
/** Cloudflare Pages ignores _headers lines longer than this. */
const maxHeaderLine = 2000;

export interface PagePolicies {
  /** The page with its <meta> policy trimmed to the hashes of the inline code it carries. */
  page(file: string, html: string): string;
  /**
   * Writes dist/_headers: the policies Astro put in the pages' <meta>, merged into one site-wide header,
   * plus frame-ancestors and the other security headers from src/lib/page/security-policy.ts. Fails the
   * build when a page had no policy, so a page can't slip out from under it.
   */
  finish(outDir: string, logger: AstroIntegrationLogger): void;
}

/** Each page's Content Security Policy, trimmed one page at a time in the pass that reads every page once. */
export function pagePolicies(): PagePolicies {
  const policies = new Set<string>();
  const missing: string[] = [];
  let pages = 0;
  let trimmed = 0;
  return {
    page(file, html) {
      pages += 1;
      const match = metaPattern.exec(html);
      if (!match?.[1]) {
        missing.push(file);
        return html;
      }
      // Each page allows the inline code it carries and nothing else (see withHashesInUse).
      const written = match[1];
      const policy = withHashesInUse(decodeEntities(written), inlineCodeHashes(html));
      const encoded = written.includes('&#39;') ? policy.replaceAll("'", '&#39;') : policy;
      policies.add(policy);
      if (encoded === written) return html;
      trimmed += 1;
      return html.replace(written, () => encoded);
    },
    finish(outDir, logger) {
      if (missing.length > 0) {
        throw new Error(
          `security-headers: no Content-Security-Policy <meta> in ${missing.join(', ')} — pages must be rendered by Astro with security.csp enabled (astro.config.mjs)`,
        );
      }
      const file = headersFile(siteHeaderPolicy(policies));
      const long = file.split('\n').find((line) => line.length > maxHeaderLine);
      if (long)
        logger.warn(
          `a _headers line is ${long.length} characters; Cloudflare Pages ignores lines over ${maxHeaderLine}`,
        );
      writeFileSync(join(outDir, '_headers'), file);
      logger.info(
        `_headers written: one policy for ${pages} pages (${policies.size} distinct page policies merged); ` +
          `${trimmed} pages' policies keep only the hashes of their own inline code`,
      );
    },
  };
}
