import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { facetGroups, visibleOptions } from '../../../src/client/search/facets.ts';
import { readState } from '../../../src/client/search/state.ts';

const none = new Set<never>();

describe('facet groups', () => {
  it('lists values with results, most results first, then by name, in the facets’ order', () => {
    const groups = facetGroups(
      { technology: { Redis: 1, Java: 3, Go: 1, Rust: 0 }, type: { Guide: 2, Role: 5 } },
      readState(new URLSearchParams()),
      none,
    );
    assert.deepEqual(
      groups.map((g) => [g.key, g.options.map((o) => `${o.value}:${o.count}`)]),
      [
        ['type', ['Role:5', 'Guide:2']],
        ['technology', ['Java:3', 'Go:1', 'Redis:1']],
      ],
    );
  });

  it('keeps a selected value visible even when it has no result left', () => {
    const [group] = facetGroups(
      { region: { 'United States': 1 } },
      readState(new URLSearchParams('region=France')),
      none,
    );
    assert.deepEqual(group?.options, [
      { value: 'United States', count: 1, selected: false },
      { value: 'France', count: 0, selected: true },
    ]);
  });

  it('shows the most common values of a long facet until it is expanded', () => {
    const counts = {
      technology: Object.fromEntries(
        Array.from({ length: 20 }, (_, i) => [`Tech ${String(i).padStart(2, '0')}`, 20 - i]),
      ),
    };
    const state = readState(new URLSearchParams('technology=Tech 19'));
    const [short] = facetGroups(counts, state, none);
    assert.equal(short?.options.length, visibleOptions + 1, 'the selected value is kept beside the top ones');
    assert.equal(short?.more, 20 - visibleOptions - 1);
    const [long] = facetGroups(counts, state, new Set(['technology'] as const));
    assert.equal(long?.options.length, 20);
    assert.equal(long?.more, 0);
  });
});
