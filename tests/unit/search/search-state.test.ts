import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  activeFilterCount,
  pagefindFilters,
  readState,
  toggleFilter,
  writeState,
} from '../../../src/client/search/state.ts';

describe('search URL state', () => {
  it('reads the query, repeated facet values and the sort order', () => {
    const state = readState(
      new URLSearchParams('q=+postgres+&technology=PostgreSQL&technology=MySQL&type=Role&sort=updated'),
    );
    assert.deepEqual(state, {
      query: 'postgres',
      filters: { technology: ['PostgreSQL', 'MySQL'], type: ['Role'] },
      sort: 'updated',
    });
  });

  it('ignores unknown parameters, empty and repeated values, and unknown sort orders', () => {
    const state = readState(new URLSearchParams('q=&colour=red&family=&family=Data&family=Data&sort=random'));
    assert.deepEqual(state, { query: '', filters: { family: ['Data'] }, sort: 'relevance' });
  });

  it('writes a short, stable URL that reads back to the same state', () => {
    const state = {
      query: 'backend engineer',
      filters: { technology: ['C#', 'Go (Golang)'], type: ['Role'] },
      sort: 'relevance' as const,
    };
    const params = writeState(state);
    assert.equal(params.toString(), 'q=backend+engineer&type=Role&technology=C%23&technology=Go+%28Golang%29');
    assert.deepEqual(readState(params), state);
  });

  it('toggles a value on and off, dropping the facet when it empties', () => {
    const on = toggleFilter(readState(new URLSearchParams('q=x')), 'region', 'France', true);
    assert.deepEqual(on.filters, { region: ['France'] });
    assert.equal(activeFilterCount(on), 1);
    assert.deepEqual(toggleFilter(on, 'region', 'France', false).filters, {});
  });

  it('ORs values within a facet, ANDs facets, and can leave one facet out for its counts', () => {
    const filters = { type: ['Role'], technology: ['MySQL', 'PostgreSQL'] };
    assert.deepEqual(pagefindFilters(filters), {
      type: { any: ['Role'] },
      technology: { any: ['MySQL', 'PostgreSQL'] },
    });
    assert.deepEqual(pagefindFilters(filters, 'technology'), { type: { any: ['Role'] } });
  });
});
