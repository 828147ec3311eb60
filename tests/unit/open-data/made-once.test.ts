// A role's profile and rows are made as few times as memory allows (issue 19): the last profile is kept for the
// route that writes a role's three files in a row, and a small summary of every role once its rows are made.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { madeOnce } from '../../../src/lib/open-data/made-once.ts';

function counted() {
  const made = { profiles: [] as string[], rows: [] as string[] };
  const memo = madeOnce(
    (id: string) => {
      made.profiles.push(id);
      return {
        id,
        title: `Title of ${id}`,
        citation: { text: `Cite ${id}`, bibtex: `@misc{${id}}` },
        salaries: (id === 'paid' ? [{}] : []) as never[],
        outlook: [] as never[],
      };
    },
    (profile) => {
      made.rows.push(profile.id);
      return profile.id === 'paid'
        ? [{ figure: 'f-1' }, { figure: 'f-2' }, { figure: 'shared' }]
        : [{ figure: 'shared' }];
    },
  );
  return { memo, made };
}

test('the same role asked for again in a row is made once; another role in between makes it again', () => {
  const { memo, made } = counted();
  const first = memo.profile('paid');
  assert.equal(memo.profile('paid'), first);
  memo.profile('other');
  memo.profile('paid');
  assert.deepEqual(made.profiles, ['paid', 'other', 'paid']);
});

test("once a role's rows are made, its summary needs neither its profile nor its rows again", () => {
  const { memo, made } = counted();
  memo.rows(memo.profile('paid'));
  memo.profile('other');
  assert.deepEqual(memo.summary('paid'), {
    title: 'Title of paid',
    citation: { text: 'Cite paid', bibtex: '@misc{paid}' },
    rows: 3,
    hasPayOrOutlook: true,
  });
  assert.deepEqual(made, { profiles: ['paid', 'other'], rows: ['paid'] });
});

test('a role not summarized yet is made once for its summary, and its figures join the distinct ids', () => {
  const { memo, made } = counted();
  assert.equal(memo.summary('other').rows, 1);
  assert.equal(memo.summary('other').hasPayOrOutlook, false);
  assert.equal(memo.summary('paid').rows, 3);
  assert.deepEqual(made, { profiles: ['other', 'paid'], rows: ['other', 'paid'] });
  assert.deepEqual([...memo.figureIds].sort(), ['f-1', 'f-2', 'shared']);
});

test('rows asked for again are made again (they are not kept), and the summary stays the first one', () => {
  const { memo, made } = counted();
  const profile = memo.profile('paid');
  assert.notEqual(memo.rows(profile), memo.rows(profile));
  assert.deepEqual(made.rows, ['paid', 'paid']);
  assert.equal(memo.summary('paid').rows, 3);
});
