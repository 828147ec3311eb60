// The content check, mDX bodies: links, anchors, headings and images.
// Each test copies tests/fixtures/content-valid, breaks one thing, runs the real CLI there and asserts the exact
// line it prints ("file:line  field  what is wrong — how to fix it"), the exit code, and that no stack trace leaks.
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { describe, test } from 'node:test';
import { A, alpha, append, check, edit, expectError, write } from '../support/content-copy.ts';

// Each test starts a process: run as many at once as there are cores.
const concurrency = availableParallelism();

describe('body rules: links, anchors, headings, images', { concurrency }, () => {
  test('a link to a page that does not exist', () =>
    expectError(
      `${A}:41  body  the link "/roles/betta-role/" is not a page on this site — did you mean "/roles/beta-role/"?`,
      append(alpha, 'See [beta](/roles/betta-role/).'),
    ));
  test('a link to a section another page does not have', () =>
    expectError(
      `${A}:41  body  the link "/roles/beta-role/#nightlife" points to a section "#nightlife" that "/roles/beta-role/" does not have — use one of: #at-a-glance, #duties, #salary, #outlook, #education, #work-environment, #progression, #sources, #pay-chart, #career-map, #day-to-day`,
      append(alpha, 'See [beta](/roles/beta-role/#nightlife).'),
    ));
  // A section the role's data leaves empty is not on the page (it is named in the "not covered" line).
  test("a link to a section the role's data leaves empty", () =>
    expectError(
      `${A}:41  body  the link "/roles/beta-role/#problems" points to a section "#problems" that "/roles/beta-role/" does not have — use one of: #at-a-glance, #duties, #salary, #outlook, #education, #work-environment, #progression, #sources, #pay-chart, #career-map, #day-to-day`,
      append(alpha, 'See [its problems](/roles/beta-role/#problems).'),
    ));
  test('the same link is fine once the data fills the section', async () => {
    const { code, out } = await check(
      append(alpha, 'See [its problems](/roles/beta-role/#problems).'),
      edit('roles/beta-role.mdx', 'skills: []', 'skills: []\nproblems:\n  - Knowing what the alpha role left.'),
    );
    assert.equal(code, 0, out);
  });
  test("a heading may not take a section's anchor even where the role leaves that section out", () =>
    expectError(
      `${A}:41  body  the heading "Problems" gets the anchor #problems, which the page already uses for its own section — reword the heading so the two sections keep separate addresses`,
      append(alpha, '## Problems'),
    ));
  test('an anchor on the same page with a typo', () =>
    expectError(
      `${A}:41  body  the anchor "#how-the-work-gos" matches no heading or section on this page — did you mean "#how-the-work-goes"?`,
      append(alpha, 'Back to [the start](#how-the-work-gos).'),
    ));
  test('a link to a draft guide', () =>
    expectError(
      `${A}:41  body  the link "/guides/draft-guide/" points to a draft guide, which is not published — publish it first (draft: false in content/guides/draft-guide.mdx) or remove the link`,
      append(alpha, 'Read [the draft](/guides/draft-guide/).'),
    ));
  test('a link without https:// or /', () =>
    expectError(
      `${A}:41  body  the link "www.example.org" starts with neither https:// nor / — write a full address (https://…) for another site, or start with / for a page on this one (/roles/backend-developer/)`,
      append(alpha, 'Visit [the site](www.example.org).'),
    ));
  test('a heading that skips a level', () =>
    expectError(
      `${A}:41  body  heading jumps from level 2 to 4 — use ### here, or add the missing level above it`,
      append(alpha, '#### Too deep'),
    ));
  test('a second level-1 heading', () =>
    expectError(
      `${A}:41  body  has a level-1 heading ("# ") — start sections at "## ": the page title is the only level-1 heading`,
      append(alpha, '# Another title'),
    ));
  test("a heading that takes a layout section's anchor", () =>
    expectError(
      `${A}:41  body  the heading "Salary" gets the anchor #salary, which the page already uses for its own section — reword the heading so the two sections keep separate addresses`,
      append(alpha, '## Salary'),
    ));
  test('a Markdown image without alt text', () =>
    expectError(
      `${A}:41  body  the image "/favicon.svg" has no alt text — describe the image between the brackets: ![what it shows](…)`,
      append(alpha, '![](/favicon.svg)'),
    ));
  test('an <img> without alt text', () =>
    expectError(
      `${A}:41  <img>  has no alt text — add alt="what the image shows"`,
      append(alpha, '<img src="https://example.org/chart.png" />'),
    ));
  test('an HTML link into the site, which would miss the base path', () =>
    expectError(
      `${A}:41  <a> href  points into this site with HTML, which breaks when the site is served from a sub-folder — write it as a Markdown link: [text](/roles/beta-role/)`,
      append(alpha, '<a href="/roles/beta-role/">Beta</a>'),
    ));
  test('a link to the error page', () =>
    expectError(
      `${A}:41  body  the link "/404/" is not a page on this site — fix the address, or link a role with <RoleLink role="…" /> and a guide with <GuideLink guide="…" />`,
      append(alpha, 'See [nothing](/404/).'),
    ));
  test('an image that is not in public/', () =>
    expectError(
      `${A}:41  body  the image "/images/chart.png" is not a file in public/ — add the file to public/ (public/images/x.png is written /images/x.png) or fix the address`,
      append(alpha, '![A chart](/images/chart.png)'),
    ));
  test('a TODO left in the body', () =>
    expectError(
      `${A}:41  body  still holds a TODO placeholder — replace it with your own text`,
      append(alpha, 'TODO finish this part.'),
    ));
  test('a body that is not valid MDX', () =>
    expectError(
      `${A}:41  body  cannot be read as MDX: Expected a closing tag for \`<Callout>\` before the end of \`paragraph\` — close the tag (<Callout>…</Callout>) or end it with "/>" (<RoleLink role="…" />)`,
      append(alpha, 'Some <Callout>text.'),
    ));
});
