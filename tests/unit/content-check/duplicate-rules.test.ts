import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkFixture } from './run-check.ts';

const alpha = 'roles/alpha-role.mdx';

describe('duplicated list entries fail the content check, naming file, line and field', () => {
  it('a FAQ question asked twice, whatever its capitals and spacing', async () => {
    const { code, lines } = await checkFixture({
      file: alpha,
      from: '    answer: No, it is a test fixture.\n',
      to: '    answer: No, it is a test fixture.\n  - question: is this a  REAL role ?\n    answer: Still no.\n',
    });
    assert.equal(code, 1);
    assert.ok(
      lines.includes(
        'content/roles/alpha-role.mdx:32  faqs[1]  repeats the question "is this a  REAL role ?" of faqs[0] (line 30), so it would be published twice — delete one of them, or merge the two answers into one',
      ),
      lines.join('\n'),
    );
  });

  it('a duty, an alias and a source written twice', async () => {
    const { code, lines } = await checkFixture(
      {
        file: alpha,
        from: '  - Keeps the fixture tidy.\n',
        to: '  - Keeps the fixture tidy.\n  - keeps the fixture tidy.\n',
      },
      { file: alpha, from: 'family: web\n', to: 'family: web\naliases: [Alpha, alpha]\n' },
      { file: alpha, from: 'sources: [survey-a, survey-b]', to: 'sources: [survey-a, survey-b, survey-a]' },
    );
    assert.equal(code, 1);
    const problems = lines.filter((l) => l.startsWith('content/roles/alpha-role.mdx:'));
    for (const expected of [
      /^content\/roles\/alpha-role\.mdx:5 {2}aliases\[1\] {2}repeats the alias "alpha" of aliases\[0\]/,
      /^content\/roles\/alpha-role\.mdx:9 {2}duties\[1\] {2}repeats the duty "keeps the fixture tidy\." of duties\[0\]/,
      /^content\/roles\/alpha-role\.mdx:\d+ {2}sources\[2\] {2}repeats the source "survey-a" of sources\[0\]/,
    ])
      assert.ok(
        problems.some((l) => expected.test(l)),
        `${expected}\nin\n${problems.join('\n')}`,
      );
  });
});
