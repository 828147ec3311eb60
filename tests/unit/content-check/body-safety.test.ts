// The content check, mDX bodies: nothing contributed may run code or restyle the page.
// Each test copies tests/fixtures/content-valid, breaks one thing, runs the real CLI there and asserts the exact
// line it prints ("file:line  field  what is wrong — how to fix it"), the exit code, and that no stack trace leaks.
import { availableParallelism } from 'node:os';
import { describe, test } from 'node:test';
import { A, alpha, append, expectError, write } from '../support/content-copy.ts';

// Each test starts a process: run as many at once as there are cores.
const concurrency = availableParallelism();

describe('body rules: safety of contributed MDX', { concurrency }, () => {
  const components =
    'Callout, Cite, CompareRoles, GuideLink, OutlookFigure, RoleCard, RoleLink, SalaryChart, SalaryFigure, SalaryTable';
  test('importing a package', () =>
    expectError(
      `${A}:41  body  imports "left-pad" — remove the import: only the site's components (${components}) may be used, and they need no import`,
      append(alpha, "import pad from 'left-pad'"),
    ));
  test('importing a file outside the components folder', () =>
    expectError(
      `${A}:41  body  imports "../../src/lib/site-data.ts" — remove the import: only the site's components (${components}) may be used, and they need no import`,
      append(alpha, "import { loadSite } from '../../src/lib/site-data.ts'"),
    ));
  test('exporting code', () =>
    expectError(
      `${A}:41  body  exports code — remove the export: content files may not define code`,
      append(alpha, 'export const answer = 42'),
    ));
  test('a <script> element', () =>
    expectError(
      `${A}:41  <script>  <script> is not allowed in content — remove it: use Markdown and the site components instead`,
      append(alpha, '<script>alert(1)</script>'),
    ));
  test('an inline event handler', () =>
    expectError(
      `${A}:41  <span>  has an event handler attribute "onmouseover" — remove it: content may not run script in the reader's browser`,
      append(alpha, '<span onmouseover="alert(1)">hover</span>'),
    ));
  test('a javascript: URL, even written with character references', () =>
    expectError(
      `${A}:41  body  contains a "javascript:" address — link to a web page (https://…) or a page on this site instead`,
      append(alpha, '[click](&#106;avascript:alert(1))'),
    ));
  test('a javascript: URL in an attribute', () =>
    expectError(
      `${A}:41  <a> href  contains a "javascript:" address — link to a web page (https://…) or a page on this site instead`,
      append(alpha, '<a href=" javascript:alert(1)">click</a>'),
    ));
  test('attributes spread from code', () =>
    expectError(
      `${A}:41  <span>  has a code attribute {...{ onClick: run }} — write each attribute as name="value"`,
      append(alpha, '<span {...{ onClick: run }}>x</span>'),
    ));
  test('a {…} expression in text', () =>
    expectError(
      `${A}:41  body  contains a {…} expression: {process.env.SECRET} — write the text without braces, or write \\{ for a brace`,
      append(alpha, 'The key is {process.env.SECRET}.'),
    ));
  test('a code expression in a component attribute', () =>
    expectError(
      `${A}:41  <RoleLink> label  holds a code expression — use a plain value in quotes, a list like {["a", "b"]}, a number like {3}, or {true}/{false}`,
      append(alpha, '<RoleLink role="beta-role" label={fetch("/x")} />'),
    ));
});
