import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  astroCsp,
  headersFile,
  parseHeadersFile,
  patternMatches,
  securityHeaders,
  siteHeaderPolicy,
} from '../../src/lib/security-policy.ts';

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
});
