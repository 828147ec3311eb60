import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Role } from '../../../src/lib/model/role-types.ts';
import { rolePageView, type RolePageInput } from '../../../src/lib/views/role-page.ts';
import { developer, webDeveloper } from '../support/open-data-fixture.ts';

// The role page's view model: what RoleLayout.astro lays out, checked without a build.

const site = new URL('https://example.org/');
const input = (role: Role, overrides: Partial<RolePageInput> = {}): RolePageInput => ({
  role,
  headings: [
    { depth: 2, slug: 'what-the-job-is', text: 'What the job is' },
    { depth: 3, slug: 'a-detail', text: 'A detail' },
  ],
  roles: new Map([
    [developer.id, developer],
    [webDeveloper.id, webDeveloper],
  ]),
  page: new URL(`roles/${role.id}/`, site),
  site,
  siteName: 'Career Atlas',
  hasPayChart: false,
  ...overrides,
});
const withData = (role: Role, data: Partial<Role['entry']['data']>, rest: Partial<Role> = {}): Role => ({
  ...role,
  ...rest,
  entry: { ...role.entry, data: { ...role.entry.data, ...data } },
});
const tocIds = (role: Role, overrides: Partial<RolePageInput> = {}) =>
  rolePageView(input(role, overrides)).toc.map((item) => item.id);

describe('role page view', () => {
  it('opens the contents with the body’s second-level headings, then the sections the data fills', () => {
    const ids = tocIds(developer);
    assert.equal(ids[0], 'what-the-job-is');
    assert.ok(!ids.includes('a-detail'), 'third-level headings stay out of the contents');
    assert.ok(ids.includes('salary') && ids.includes('sources'), ids.join(', '));
  });

  it('names the pay chart in the contents only when there is one to draw', () => {
    assert.ok(!tocIds(developer).includes('pay-chart'));
    const ids = tocIds(developer, { hasPayChart: true });
    assert.equal(ids[ids.indexOf('salary') + 1], 'pay-chart', 'the chart follows its section');
  });

  it('draws a career map only for a role with a step before or after it', () => {
    assert.equal(rolePageView(input(developer)).map, undefined);
    assert.ok(!tocIds(developer).includes('career-map'));
    const linked = { ...developer, leadsTo: [webDeveloper.entry] };
    const roles = new Map([
      [developer.id, linked],
      [webDeveloper.id, { ...webDeveloper, comesFrom: [developer.entry] }],
    ]);
    const view = rolePageView(input(linked, { roles }));
    assert.deepEqual(view.map?.nodes.map((node) => node.id).sort(), [developer.id, webDeveloper.id]);
    assert.ok(view.toc.some((item) => item.id === 'career-map'));
  });

  it('groups skills technical first, in the role’s words, and technologies by category with links', () => {
    const view = rolePageView(input(developer));
    assert.deepEqual(view.skillGroups, [
      { label: 'Technical skills', items: ['Testing'] },
      { label: 'Personal skills', items: ['To users and colleagues.'] },
    ]);
    assert.deepEqual(
      view.technologyGroups.map(([label, items]) => [label, items.map((item) => item.name)]),
      [
        ['Programming languages', ['Python', 'Go']],
        ['Databases and data stores', ['PostgreSQL']],
        ['Tools', ['Git']],
      ],
    );
    assert.ok(view.technologyGroups.every(([, items]) => items.every((item) => item.href.endsWith('/'))));
  });

  it('lists only the work conditions a source states', () => {
    const role = withData(developer, { workEnvironment: { equipment: [], colleagues: [], remote: 'Often.' } });
    assert.deepEqual(rolePageView(input(role)).workConditions, [['Remote work', 'Often.']]);
    assert.deepEqual(rolePageView(input(developer)).workConditions, []);
  });

  it('links what the sources do not cover to the official profile, named mid-sentence', () => {
    const view = rolePageView(input(developer));
    assert.deepEqual(view.notCoveredLink, {
      href: 'https://www.bls.gov/ooh/developers.htm',
      label: 'the official profile of developers and testers',
    });
    assert.equal(rolePageView(input({ ...developer, occupations: [] })).notCoveredLink, undefined);
  });

  it('keeps the sources section last and apart from the data sections', () => {
    const view = rolePageView(input(developer));
    assert.deepEqual(
      view.sourcesSection.map((s) => s.id),
      ['sources'],
    );
    assert.ok(!view.dataSections.some((s) => s.id === 'sources'));
  });

  it('marks a role with no figure and few covered sections as brief', () => {
    assert.equal(rolePageView(input(developer)).brief, false);
    const thin = withData(
      developer,
      { duties: [], skills: [] },
      { salaries: [], outlook: [], technologies: [], skills: [] },
    );
    assert.equal(rolePageView(input(thin)).brief, true);
  });

  it('points the preview image and the breadcrumbs at the role', () => {
    const view = rolePageView(input(developer));
    assert.equal(view.image.url.href, 'https://example.org/og/roles/developer.png');
    assert.deepEqual(
      view.breadcrumbs.map((crumb) => crumb.label),
      ['Home', 'Roles', 'Developer'],
    );
  });
});
