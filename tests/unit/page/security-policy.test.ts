import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import {
  astroCsp,
  headersFile,
  inlineCodeHashes,
  parseHeadersFile,
  patternMatches,
  securityHeaders,
  siteHeaderPolicy,
  withHashesInUse,
} from '../../../src/lib/page/security-policy.ts';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

describe('the security policy', () => {
  it('never lets inline or eval-ed JavaScript run', () => {
    const scripts: string[] = astroCsp.scriptDirective.resources;
    assert.ok(!scripts.includes("'unsafe-inline'"));
    assert.ok(!scripts.includes("'unsafe-eval'"));
    assert.ok(astroCsp.directives.some((d) => d === "object-src 'none'"));
  });

  it('keeps header-only directives out of the <meta> policy, where browsers reject them', () => {
    assert.ok(!astroCsp.directives.some((d) => d.startsWith('frame-ancestors')));
  });

  it('merges the page policies into one header that allows every page and forbids framing', () => {
    const policy = siteHeaderPolicy([
      "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-x'",
      "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-x'",
    ]);
    assert.equal(
      policy,
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-x'; frame-ancestors 'none'",
    );
  });

  it('writes a _headers file that a host (and our test server) reads back', () => {
    const text = headersFile("default-src 'self'; frame-ancestors 'none'");
    const rules = parseHeadersFile(text);
    assert.equal(rules.length, 1);
    assert.equal(rules[0]!.pattern, '/*');
    const headers = new Map(rules[0]!.headers);
    assert.equal(headers.get('Content-Security-Policy'), "default-src 'self'; frame-ancestors 'none'");
    for (const [name, value] of Object.entries(securityHeaders)) assert.equal(headers.get(name), value);
    assert.equal(headers.get('X-Content-Type-Options'), 'nosniff');
  });

  it('matches _headers path patterns the way static hosts do', () => {
    assert.ok(patternMatches('/*', '/roles/cto/'));
    assert.ok(patternMatches('/roles/*', '/roles/cto/'));
    assert.ok(!patternMatches('/roles/*', '/guides/x/'));
    assert.ok(patternMatches('/search/', '/search/'));
    assert.ok(!patternMatches('/search/', '/search/x'));
  });

  it('finds the hashes of the inline code a page runs or styles with, and not of data blocks or files', () => {
    const html = [
      '<head><style>a{color:red}</style><script type="application/ld+json">{"@type":"WebSite"}</script>',
      '<script type="module" src="/_astro/x.js"></script></head>',
      '<body><script>document.body.dataset.js = "";</script><script type="module">import "/a.js";</script></body>',
    ].join('');
    assert.deepEqual(
      inlineCodeHashes(html),
      new Set([sha('a{color:red}'), sha('document.body.dataset.js = "";'), sha('import "/a.js";')]),
    );
  });

  it('keeps only the hashes a page uses, so its policy allows less, never more', () => {
    const policy =
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-used=' 'sha256-unused='; style-src 'self' 'sha256-other=';";
    assert.equal(
      withHashesInUse(policy, new Set(["'sha256-used='"])),
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-used='; style-src 'self';",
    );
    assert.equal(
      withHashesInUse(policy, new Set()),
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';",
    );
  });
});
