import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  generatedPageRecord,
  guideSearchRecord,
  roleSearchRecord,
  withoutSearchRecord,
} from '../../../src/lib/search/search-records.ts';

type RoleInput = Parameters<typeof roleSearchRecord>[0];
type GuideInput = Parameters<typeof guideSearchRecord>[0];

const figure = (region: string, amount: number, extra: object = {}) => ({
  id: `f-${region}-${amount}`,
  region,
  currency: region === 'FR' ? 'EUR' : 'USD',
  period: 'year',
  level: 'all',
  statistic: 'median',
  amount,
  year: 2023,
  older: false,
  ...extra,
});

const role = {
  entry: {
    data: {
      title: 'Back-end developer',
      aliases: ['Backend engineer', 'Server-side developer'],
      summary: 'Builds the server side.',
      lastReviewed: new Date('2026-11-23T00:00:00Z'),
    },
  },
  // Resolved entries of content/technologies.yaml; a name appears once even if two items share it.
  technologies: [
    { technology: { id: 'go', data: { name: 'Go', category: 'language', aliases: ['Golang'] } } },
    { technology: { id: 'sql', data: { name: 'SQL', category: 'language', aliases: [] } }, usedFor: 'Queries' },
    { technology: { id: 'postgresql', data: { name: 'PostgreSQL', category: 'database', aliases: [] } } },
    { technology: { id: 'sql', data: { name: 'SQL', category: 'language', aliases: [] } } },
  ],
  family: { data: { name: 'Software engineering' } },
  salaries: [
    figure('US', 130160),
    figure('FR', 42000),
    figure('US', 124200, { supersededBy: 'f-US-130160', year: 2022 }),
  ],
} as unknown as RoleInput;

describe('search records', () => {
  it('tags a role with its type, family, salary regions and technologies, each once', () => {
    const record = roleSearchRecord(role, new Set());
    assert.deepEqual(record.filters, {
      type: ['Role'],
      family: ['Software engineering'],
      region: ['France', 'United States'],
      technology: ['Go', 'SQL', 'PostgreSQL'],
    });
    assert.deepEqual(record.sort, { updated: '2026-11-23' });
  });

  it('stores the names a role goes by, its technologies and its headline pay as metadata', () => {
    const { meta } = roleSearchRecord(role, new Set());
    assert.equal(meta.title, 'Back-end developer');
    assert.equal(meta.names, 'Back-end developer; Backend engineer; Server-side developer');
    assert.equal(meta.technologies, 'Go; SQL; PostgreSQL');
    assert.equal(meta.pay, '$130,160 a year, median, United States, 2023');
    assert.equal(meta.updated, 'Last reviewed November 23, 2026');
  });

  it('leaves out pay and technologies a role does not have', () => {
    const bare = { ...role, salaries: [], technologies: [] } as unknown as RoleInput;
    const record = roleSearchRecord(bare, new Set());
    assert.equal(record.meta.pay, undefined);
    assert.equal(record.meta.technologies, undefined);
    assert.deepEqual(record.filters.region, []);
  });

  it('dates a guide by its update, or its publication when never updated', () => {
    const data = { title: 'A guide', description: 'About things.', published: new Date('2026-11-16T00:00:00Z') };
    assert.deepEqual(guideSearchRecord({ data } as unknown as GuideInput).sort, { updated: '2026-11-16' });
    const updated = guideSearchRecord({
      data: { ...data, updated: new Date('2026-11-20T00:00:00Z') },
    } as unknown as GuideInput);
    assert.deepEqual(updated.sort, { updated: '2026-11-20' });
    assert.equal(updated.meta.updated, 'Updated November 20, 2026');
    assert.deepEqual(updated.filters, { type: ['Guide'] });
  });

  it('tags a technology or compare page with its page type and dates it for sorting', () => {
    const record = generatedPageRecord({
      type: 'Comparison',
      title: 'Back-end developer vs DevOps engineer',
      summary: 'Side by side.',
      updated: new Date('2026-11-28T00:00:00Z'),
    });
    assert.deepEqual(record.filters, { type: ['Comparison'] });
    assert.equal(record.meta.updated, 'Updated November 28, 2026');
    assert.deepEqual(record.sort, { updated: '2026-11-28' });
  });
});

describe('the search-record block, once Pagefind has read it', () => {
  it('comes out of the published page whole, and nothing else does', () => {
    const block =
      '<div hidden data-pagefind-ignore data-search-record><span data-pagefind-filter="type">Role</span>' +
      '<span data-pagefind-meta="title">Back-end developer</span></div>';
    const page = `<main><article><div class="card"><p>Kept</p></div>${block}<h1>Back-end developer</h1></article></main>`;
    assert.deepEqual(withoutSearchRecord(page), {
      html: '<main><article><div class="card"><p>Kept</p></div><h1>Back-end developer</h1></article></main>',
      removed: 1,
    });
  });

  it('leaves a page without one untouched', () => {
    const page = '<main><div hidden data-pagefind-ignore><span>not the search record</span></div></main>';
    assert.deepEqual(withoutSearchRecord(page), { html: page, removed: 0 });
  });
});
