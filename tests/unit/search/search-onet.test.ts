// O*NET's alternate titles and technologies feed search (issue 17 "Also called", issue 18 item 5).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exactNamesFirst } from '../../../src/client/search/names.ts';
import { occupationOf } from '../../../src/lib/onet/index.ts';
import { readOnetData } from '../../../src/lib/onet/onet-io.ts';
import { roleSearchRecord } from '../../../src/lib/search/search-records.ts';

const data = readOnetData('content');
const developers = occupationOf(data, '15-1252.00');
const role = {
  entry: {
    data: {
      title: 'DevOps engineer',
      aliases: ['Site operations engineer'],
      summary: 'Runs the delivery pipeline.',
      lastReviewed: new Date('2026-11-23T00:00:00Z'),
    },
  },
  technologies: [{ technology: { id: 'go', data: { name: 'Go (Golang)', category: 'language', aliases: [] } } }],
  family: { data: { name: 'Software engineering' } },
  salaries: [],
  onet: [developers],
} as unknown as Parameters<typeof roleSearchRecord>[0];

describe('O*NET in search records', () => {
  it("carries the occupation's alternate titles, apart from the role's own names", () => {
    const { meta } = roleSearchRecord(role, new Set());
    const alsoCalled = meta.alsoCalled!.split('; ');
    assert.ok(alsoCalled.includes('Full Stack Developer'));
    assert.ok(!alsoCalled.some((t) => t.toLowerCase() === 'devops engineer'), 'the role title stays in names only');
    assert.equal(meta.names, 'DevOps engineer; Site operations engineer');
  });

  it("searches O*NET's technologies too, but keeps the filter to the site's names", () => {
    const record = roleSearchRecord(role, new Set());
    assert.ok(record.meta.technologies!.split('; ').includes('Kubernetes'));
    assert.deepEqual(record.filters.technology, ['Go (Golang)']);
  });

  it("leaves O*NET's technologies that have a page to that page, and keeps the role's own", () => {
    const searched = (paged: string[]) => roleSearchRecord(role, new Set(paged)).meta.technologies!.split('; ');
    const all = searched([]);
    assert.ok(all.includes('Kubernetes') && all.includes('Jenkins CI'));
    const withPages = searched(['Kubernetes', 'Go']);
    assert.ok(!withPages.includes('Kubernetes'), 'Kubernetes has a page: search finds it there');
    assert.ok(withPages.includes('Jenkins CI'), 'a technology without a page is still searched through the role');
    assert.equal(withPages[0], 'Go (Golang)', "the role's own technologies stay, page or not");
    assert.equal(withPages.length, all.length - 2);
  });

  it('a role with no O*NET occupation has no alternate titles', () => {
    assert.equal(roleSearchRecord({ ...role, onet: [] }, new Set()).meta.alsoCalled, undefined);
  });

  it("puts an exact own name first, then an exact alternate title, then Pagefind's order", () => {
    const page = (id: string, names: string, alsoCalled?: string) => ({ id, meta: { names, alsoCalled } });
    const results = [
      page('guide', 'Salaries'),
      page('tester', 'QA engineer', 'Penetration Tester; Software Tester'),
      page('pentest', 'Penetration tester'),
    ];
    assert.deepEqual(
      exactNamesFirst(results, 'penetration tester').map((r) => r.id),
      ['pentest', 'tester', 'guide'],
    );
    assert.deepEqual(
      exactNamesFirst(results, 'software tester').map((r) => r.id),
      ['tester', 'guide', 'pentest'],
    );
  });
});
