// Which technologies get a page (issue 17 item 5), on the content the project carries: O*NET's examples
// merged with content/technologies.yaml, each with the roles that use it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import {
  hasTechnologyPage,
  siteTechnologies,
  technologyCategories,
  technologySlug,
} from '../../../src/lib/onet/technology-pages.ts';
import { occupationOf } from '../../../src/lib/onet/index.ts';
import { readOnetData } from '../../../src/lib/onet/onet-io.ts';

const data = readOnetData('content');
const catalogue = parse(readFileSync('content/technologies.yaml', 'utf8')) as {
  id: string;
  name: string;
  aliases?: string[];
  category: string;
}[];
const user = (roleId: string, hot = false, inDemand = false) => ({ roleId, hot, inDemand, editorial: false });

describe('hasTechnologyPage', () => {
  test('two roles, one role with a Hot or In-demand flag, or a profile that lists it; one unflagged O*NET role is not enough', () => {
    assert.equal(hasTechnologyPage({ users: [user('a'), user('b')] }), true);
    assert.equal(hasTechnologyPage({ users: [user('a', true)] }), true);
    assert.equal(hasTechnologyPage({ users: [user('a', false, true)] }), true);
    assert.equal(hasTechnologyPage({ users: [user('a')] }), false);
    assert.equal(hasTechnologyPage({ users: [{ ...user('a'), editorial: true }] }), true, 'listed by a profile');
    assert.equal(hasTechnologyPage({ users: [] }), false);
  });
});

describe('siteTechnologies', () => {
  const roles = readdirSync('content/roles').map((file) => {
    const front = parse(readFileSync(`content/roles/${file}`, 'utf8').split(/^---$/m)[1]!) as {
      onetOccupations?: { code: string }[];
      technologies?: { technology: string }[];
    };
    return {
      id: file.replace(/\.mdx$/, ''),
      onet: (front.onetOccupations ?? []).map(({ code }) => occupationOf(data, code)),
      technologyIds: (front.technologies ?? []).map((t) => t.technology),
    };
  });
  const all = siteTechnologies(roles, catalogue, (c) => `site:${c}`);

  test('an O*NET example that matches a site entry is one entry, with the site id and name', () => {
    const postgres = all.filter((t) => t.technologyId === 'postgresql');
    assert.equal(postgres.length, 1);
    assert.ok(postgres[0]!.onetExamples.length > 0, 'O*NET lists PostgreSQL');
    assert.ok(!all.some((t) => !t.technologyId && /postgres/i.test(t.name)), 'never a second PostgreSQL');
    assert.equal(new Set(all.map((t) => t.id)).size, all.length, 'every page address is unique');
  });

  test("each user is a role whose O*NET occupation or profile lists it, with O*NET's flags for that role", () => {
    const developers = occupationOf(data, '15-1252.00');
    const flagged = developers.technologies.find((t) => t.hot && !catalogue.some((c) => c.name === t.example))!;
    const entry = all.find((t) => t.onetExamples.includes(flagged.example))!;
    const onDevelopers = roles.filter((r) => r.onet[0]?.code === '15-1252.00').map((r) => r.id);
    for (const id of onDevelopers) assert.equal(entry.users.find((u) => u.roleId === id)?.hot, true, id);
    assert.ok(hasTechnologyPage(entry));
  });

  test('a technology only one role uses, unflagged, gets no page; categories count what they hold', () => {
    const single = all.filter(
      (t) => t.users.length === 1 && !t.users[0]!.hot && !t.users[0]!.inDemand && !t.users[0]!.editorial,
    );
    assert.ok(single.length > 0, 'the content has such technologies');
    for (const t of single) assert.equal(hasTechnologyPage(t), false, t.name);
    const groups = technologyCategories(all.filter(hasTechnologyPage));
    assert.equal(
      groups.reduce((sum, g) => sum + g.items.length, 0),
      all.filter(hasTechnologyPage).length,
    );
    assert.ok(
      groups.some((g) => g.category === 'Development environment software'),
      "O*NET's categories",
    );
  });

  test('slugs', () => {
    assert.equal(technologySlug('Amazon Web Services AWS software'), 'amazon-web-services-aws');
    assert.equal(technologySlug('C#'), 'c-sharp');
    assert.equal(technologySlug('C++'), 'c-plus-plus');
  });
});
