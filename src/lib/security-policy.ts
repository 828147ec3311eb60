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
