// The content check, mDX bodies: the site's components, their attributes and what they name.
// Each test copies tests/fixtures/content-valid, breaks one thing, runs the real CLI there and asserts the exact
// line it prints ("file:line  field  what is wrong — how to fix it"), the exit code, and that no stack trace leaks.
import { availableParallelism } from 'node:os';
import { describe, test } from 'node:test';
import { A, alpha, append, edit, expectError } from '../support/content-copy.ts';

// Each test starts a process: run as many at once as there are cores.
const concurrency = availableParallelism();

describe('body rules: components', { concurrency }, () => {
  test('a component the site does not have', () =>
    expectError(
      `${A}:41  <Chart>  is not a site component — use one of Callout, Cite, CompareRoles, GuideLink, OutlookFigure, RoleCard, RoleLink, SalaryChart, SalaryFigure, SalaryTable`,
      append(alpha, '<Chart data="x" />'),
    ));
  test('an attribute the component does not have', () =>
    expectError(
      `${A}:41  <RoleLink> rol  is not an attribute of <RoleLink> — use role, label`,
      append(alpha, '<RoleLink rol="beta-role" role="beta-role" />'),
    ));
  test('a required attribute left out', () =>
    expectError(
      `${A}:41  <GuideLink> guide  is missing — add guide="…": a file name in content/guides/, without .mdx`,
      append(alpha, '<GuideLink label="Read this" />'),
    ));
  test('an attribute value outside its choices', () =>
    expectError(
      `${A}:41  <Callout> type  "danger" is not one of its values — use type="note", type="tip", type="warning"`,
      append(alpha, '<Callout type="danger">Careful.</Callout>'),
    ));
  test('a role that does not exist', () =>
    expectError(
      `${A}:41  <RoleCard> role  "gamma-role" is not a role — use a file name from content/roles/ without .mdx: alpha-role, beta-role`,
      append(alpha, '<RoleCard role="gamma-role" />'),
    ));
  test('a pay chart of a role that does not exist', () =>
    expectError(
      `${A}:41  <SalaryChart> role  "gamma-role" is not a role — use a file name from content/roles/ without .mdx: alpha-role, beta-role`,
      append(alpha, '<SalaryChart role="gamma-role" />'),
    ));
  test('a link to the pay chart of a role that has no figure to chart', () =>
    expectError(
      `${A}:41  body  the link "/roles/beta-role/#pay-chart" points to a section "#pay-chart" that "/roles/beta-role/" does not have — use one of: #at-a-glance, #duties, #education, #work-environment, #progression, #sources, #career-map, #day-to-day`,
      append(alpha, 'See [its pay](/roles/beta-role/#pay-chart).'),
      edit('roles/beta-role.mdx', 'occupationCodes:\n  - { system: US-SOC-2018, code: 15-1252, relation: is }\n', ''),
    ));
  test('a source that does not exist', () =>
    expectError(
      `${A}:41  <Cite> source  "survey-z" is not a source — use one of survey-a, survey-b, stats-2025, or add content/sources/survey-z.yaml`,
      append(alpha, 'A claim <Cite source="survey-z" />.'),
    ));
  test("a source the role's list leaves out", () =>
    expectError(
      `content/roles/beta-role.mdx:24  <Cite> source  "survey-b" is cited in the text but not listed in this role's "sources" — add survey-b to sources in the frontmatter`,
      append('roles/beta-role.mdx', 'A claim <Cite source="survey-b" />.'),
    ));
  test('a figure id the role does not have', () =>
    expectError(
      `${A}:41  <SalaryFigure> id  alpha-role has no salary figure "fso-mean" — use one of fso-median`,
      append(alpha, 'Pay: <SalaryFigure role="alpha-role" id="fso-mean" />.'),
    ));
  test('a guide link to a draft', () =>
    expectError(
      `${A}:41  <GuideLink> guide  "draft-guide" is a draft guide, which is not published — publish it first (draft: false in content/guides/draft-guide.mdx) or remove the link`,
      append(alpha, '<GuideLink guide="draft-guide" />'),
    ));
});
