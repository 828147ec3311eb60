import { createHash } from 'node:crypto';

/**
 * The site's security policy, in one place. Astro writes the Content Security Policy into every page
 * as a <meta> tag (with hashes of its own inline scripts and styles); the build also writes the same
 * policy, plus what only a header can carry, into dist/_headers for static hosts (Netlify, Cloudflare
 * Pages and others read that file). See src/integrations/security-headers.ts.
 */

/**
 * script-src: our own files only. Astro adds the hash of each inline script it emits, so no
 * 'unsafe-inline' is ever needed. 'wasm-unsafe-eval' lets Pagefind's search compile its WebAssembly;
 * it does not allow eval() or new Function() of JavaScript.
 */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** style-src: our own stylesheets; Astro adds the hash of each inline <style> it emits. */
export const styleSources = ["'self'"] as const;

/**
 * Every other directive, on every page. JSON-LD (<script type="application/ld+json">) is a data
 * block that browsers never execute, so CSP does not apply to it and it needs no entry here.
 */
export const cspDirectives = [
  "default-src 'self'",
  // data: for the small SVG icons Pagefind's stylesheet embeds.
  "img-src 'self' data:",
  "font-src 'self'",
  // Pagefind fetches its index and fragments from our own origin.
  "connect-src 'self'",
  // Pagefind runs its search in a Web Worker loaded from /pagefind/.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
] as const;

/**
 * Directives a <meta> policy cannot carry (browsers ignore them there and log an error), so they
 * only reach readers through the _headers file.
 */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** The referrer policy, sent as a header and as <meta name="referrer"> for hosts without headers. */
export const referrerPolicy = 'strict-origin-when-cross-origin';

/** Headers besides the CSP that every response carries. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Referrer-Policy': referrerPolicy,
  'X-Content-Type-Options': 'nosniff',
  // The site uses none of these features; nothing embedded may ask for them either.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Astro's `security.csp` setting, built from the lists above. */
export const astroCsp = {
  algorithm: 'SHA-256' as const,
  directives: [...cspDirectives],
  scriptDirective: { resources: [...scriptSources] },
  styleDirective: { resources: [...styleSources] },
};

/** Node's name for the algorithm Astro hashes with ("SHA-256" → "sha256"). */
const hashAlgorithm = astroCsp.algorithm.replace('-', '').toLowerCase();

/** Script types a browser runs; anything else (JSON-LD, templates) is data that CSP does not govern. */
const executableTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * The CSP hash sources ("'sha256-…'") of the inline code a built page carries: the body of every
 * <script> without src that a browser would run, and of every <style>. The site's own
 * compiler-written HTML, so regular expressions suffice.
 */
export function inlineCodeHashes(html: string, algorithm = hashAlgorithm): Set<string> {
  const digest = (code: string) => `'${algorithm}-${createHash(algorithm).update(code).digest('base64')}'`;
  const hashes = new Set<string>();
  for (const [, attrs = '', code = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = /\btype="([^"]*)"/i.exec(attrs)?.[1]?.toLowerCase() ?? '';
    if (!/\bsrc=/i.test(attrs) && executableTypes.has(type)) hashes.add(digest(code));
  }
  for (const [, code = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) hashes.add(digest(code));
  return hashes;
}

/**
 * The policy with only the hashes of code the page really carries. Astro lists a hash for every inline
 * script and style of the whole build, every script and stylesheet file (which 'self' already allows)
 * and its islands' loaders (this site has none), on every page: about a kilobyte of incompressible
 * text that allows nothing this page needs. Fewer hashes only ever allow less.
 */
export function withHashesInUse(policy: string, inUse: ReadonlySet<string>): string {
  return policy.replace(/ ?'(?:sha256|sha384|sha512)-[A-Za-z0-9+/=]+'/g, (source) =>
    inUse.has(source.trim()) ? source : '',
  );
}

/** A policy string ("a 'self'; b 'none'") as directive name → sources, in order. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const known = directives.get(name) ?? [];
    directives.set(name, [...known, ...sources.filter((s) => !known.includes(s))]);
  }
  return directives;
}

/**
 * The header policy for the whole site: the union of the policies Astro wrote into the pages (so every
 * page's hashes are allowed), plus the header-only directives. The browser enforces header and <meta>
 * together, so each page still only runs what its own <meta> allows.
 */
export function siteHeaderPolicy(pagePolicies: Iterable<string>): string {
  const merged = new Map<string, string[]>();
  for (const policy of pagePolicies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((s) => !known.includes(s))]);
    }
  }
  for (const [name, sources] of parsePolicy(headerOnlyDirectives.join(';'))) merged.set(name, sources);
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The _headers file (Netlify / Cloudflare Pages format): one rule for every path. */
export function headersFile(headerPolicy: string): string {
  const lines = ['/*', `  Content-Security-Policy: ${headerPolicy}`];
  for (const [name, value] of Object.entries(securityHeaders)) lines.push(`  ${name}: ${value}`);
  return `${lines.join('\n')}\n`;
}

/** Parse a _headers file back into path rules; the test server applies them the way a host would. */
export function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a _headers path pattern ("/*", "/roles/*", "/search/") matches a URL path. */
export function patternMatches(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(path);
}
