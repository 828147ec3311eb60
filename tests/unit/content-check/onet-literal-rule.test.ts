import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkOnetLiteral } from '../../../scripts/content-check/onet-literal-rule.ts';
import { checkFixture } from './run-check.ts';

const file = (body: string) => ({ path: 'content/roles/x.mdx', body, bodyStartLine: 10 });

describe('an unescaped O*NET in an MDX body', () => {
  it('is refused with its file, line and the fix', () => {
    const [problem, ...rest] = checkOnetLiteral(file('Intro.\n\nO*NET lists the tasks; so does O*NET online.'));
    assert.deepEqual(rest, []);
    assert.equal(problem?.file, 'content/roles/x.mdx');
    assert.equal(problem?.line, 12);
    assert.equal(problem?.field, 'body');
    assert.match(problem!.message, /\(2 times\)/);
    assert.equal(problem?.fix, 'write O\\*NET (a backslash before the asterisk)');
  });

  it('passes the escaped form, code and attribute values, where the asterisk is literal', () => {
    const body = [
      'O\\*NET lists it.',
      'Search `O*NET` here.',
      '```',
      'O*NET',
      '```',
      '<Callout title="O*NET">x</Callout>',
    ];
    assert.deepEqual(checkOnetLiteral(file(body.join('\n'))), []);
  });

  it('prints the line on the pull request, read by the problem matcher', async () => {
    const { code, lines } = await checkFixture({
      file: 'roles/alpha-role.mdx',
      from: 'The fixture keeps things tidy',
      to: 'O*NET keeps things tidy',
    });
    assert.equal(code, 1);
    assert.ok(
      lines.includes(
        'content/roles/alpha-role.mdx:37  body  "O*NET" would show as "ONET" with the text after it in italics: Markdown reads the asterisk as emphasis — write O\\*NET (a backslash before the asterisk)',
      ),
      lines.join('\n'),
    );
  });
});
