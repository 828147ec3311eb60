// The compare pages' links to technology pages: which technologies link, and that the lookup is made
// once per list rather than once per page.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SiteTechnology } from '../../../src/lib/onet/technology-pages.ts';
import { technologyHrefs } from '../../../src/lib/views/technology-page.ts';

const user = (roleId: string, flags: Partial<{ hot: boolean; inDemand: boolean; editorial: boolean }> = {}) => ({
  roleId,
  hot: false,
  inDemand: false,
  editorial: false,
  ...flags,
});
const technology = (id: string, name: string, users: SiteTechnology['users'], technologyId?: string) => ({
  id,
  name,
  ...(technologyId ? { technologyId } : {}),
  category: 'Programming languages',
  fromOnet: true,
  onetExamples: [name],
  users,
});

const all: SiteTechnology[] = [
  technology('postgresql', 'PostgreSQL', [user('a'), user('b')], 'postgresql'),
  technology('cobol', 'COBOL', [user('a')]),
];

describe('technology page links', () => {
  test('a technology with a page links by its site id or its name; one without a page does not link', () => {
    const href = technologyHrefs(all);
    assert.match(href('PostgreSQL', 'postgresql') ?? '', /\/technologies\/postgresql\/$/);
    assert.match(href('PostgreSQL') ?? '', /\/technologies\/postgresql\/$/);
    assert.equal(href('COBOL'), undefined);
  });

  test('made once per list: every compare page of a build asks with the same one', () => {
    assert.equal(technologyHrefs(all), technologyHrefs(all));
    assert.notEqual(technologyHrefs([...all]), technologyHrefs(all));
  });
});
