import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkFixture } from './run-check.ts';

const beta = 'roles/beta-role.mdx';
const mapping = '  - { system: US-SOC-2018, code: 15-1252, relation: is }\n';

describe('a role mapped to an occupation whose figures the site has not added', () => {
  it('is a warning naming the file, line and field, not an error', async () => {
    const { code, lines } = await checkFixture({
      file: beta,
      from: mapping,
      to: '  - system: US-SOC-2018\n    code: 15-1212\n    relation: is\n    figuresNotAdded:\n      title: Information security analysts\n      url: https://www.bls.gov/ooh/\n',
    });
    assert.equal(code, 0, lines.join('\n'));
    const warning = lines.find((l) => l.startsWith('warning  content/roles/beta-role.mdx:'));
    assert.match(
      warning ?? '',
      /^warning {2}content\/roles\/beta-role\.mdx:\d+ {2}occupationCodes\[0\]\.figuresNotAdded {2}the page tells readers the site has not added the official figures for information security analysts \(U\.S\. SOC 2018 15-1212\) yet — add the occupation's figures/,
      lines.join('\n'),
    );
  });

  it('is an error once a statistics file gives the figures', async () => {
    const { code, lines } = await checkFixture({
      file: beta,
      from: mapping,
      to: '  - system: US-SOC-2018\n    code: 15-1252\n    relation: is\n    figuresNotAdded:\n      title: Software developers\n      url: https://www.bls.gov/ooh/\n',
    });
    assert.equal(code, 1);
    assert.ok(
      lines.some((l) =>
        /^content\/roles\/beta-role\.mdx:\d+ {2}occupationCodes\[0\]\.figuresNotAdded {2}says the site has no figures for U\.S\. SOC 2018 15-1252, but content\/statistics\/stats-2025\.yaml gives them — remove figuresNotAdded/.test(
          l,
        ),
      ),
      lines.join('\n'),
    );
  });
});
