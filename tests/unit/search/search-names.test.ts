import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exactNameFirst, isExactName, normalizeName } from '../../../src/client/search/names.ts';

describe('exact job names', () => {
  it('compares names without case, spaces or hyphens', () => {
    assert.equal(normalizeName('Back-end  Developer'), normalizeName('backend developer'));
    assert.equal(isExactName('Back-end developer; Server-side developer', 'server side developer'), true);
  });

  it('needs the whole name, not a part of it', () => {
    assert.equal(isExactName('Senior developer; Senior backend engineer', 'backend engineer'), false);
    assert.equal(isExactName(undefined, 'backend engineer'), false);
    assert.equal(isExactName('Back-end developer', '  '), false);
  });

  it('moves exact matches to the front and keeps every other order', () => {
    const pages = [
      { id: 'senior', names: 'Senior developer; Senior backend engineer' },
      { id: 'guide', names: undefined },
      { id: 'backend', names: 'Back-end developer; Backend engineer' },
    ];
    assert.deepEqual(
      exactNameFirst(pages, 'Backend Engineer', (p) => p.names).map((p) => p.id),
      ['backend', 'senior', 'guide'],
    );
    assert.deepEqual(
      exactNameFirst(pages, 'engineer', (p) => p.names).map((p) => p.id),
      ['senior', 'guide', 'backend'],
    );
  });
});
