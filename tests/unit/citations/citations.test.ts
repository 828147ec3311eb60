// Numbered notes: one numbering for the markers in the text and the page's source list, and the MDX
// plugin that hands each <Cite> its number, checked on real MDX compiled the way Astro compiles it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { mdxToJs, type MdxToJsResult } from 'satteri';
import { citationNotes } from '../../../src/integrations/citation-notes.ts';
import { backlinkLetter, numberCitations } from '../../../src/lib/citations/numbering.ts';
import { citationSequence } from '../../../src/lib/citations/source-labels.ts';

describe('numberCitations', () => {
  test('numbers sources in order of first citation; a source keeps its number', () => {
    const { marks } = numberCitations(['rtj', 'french', 'rtj', 'bls', 'french']);
    assert.deepEqual(
      marks.map((m) => [m.source, m.number, m.id]),
      [
        ['rtj', 1, 'cite-1-a'],
        ['french', 2, 'cite-2-a'],
        ['rtj', 1, 'cite-1-b'],
        ['bls', 3, 'cite-3-a'],
        ['french', 2, 'cite-2-b'],
      ],
    );
  });

  test('the list links each source back to every marker that cites it, in reading order', () => {
    const { marks, notes } = numberCitations(['rtj', 'french', 'rtj']);
    assert.deepEqual(notes, [
      { source: 'rtj', number: 1, citedAt: ['cite-1-a', 'cite-1-b'] },
      { source: 'french', number: 2, citedAt: ['cite-2-a'] },
    ]);
    // Every marker is listed under its own note, and every back link points at a marker.
    for (const mark of marks) assert.ok(notes[mark.number - 1]!.citedAt.includes(mark.id));
    assert.deepEqual(notes.flatMap((n) => n.citedAt).sort(), marks.map((m) => m.id).sort());
  });

  test('sources listed but not cited in the text follow the cited ones, without back links', () => {
    const { notes } = numberCitations(['french'], ['bls', 'french', 'spherion']);
    assert.deepEqual(
      notes.map((n) => [n.source, n.number, n.citedAt.length]),
      [
        ['french', 1, 1],
        ['bls', 2, 0],
        ['spherion', 3, 0],
      ],
    );
  });

  test('a page without citations lists its sources in their own order', () => {
    assert.deepEqual(
      numberCitations([], ['a', 'b']).notes.map((n) => n.number),
      [1, 2],
    );
  });
});

test('back link letters run a…z, then aa, ab…, as Wikipedia writes them', () => {
  assert.deepEqual([0, 1, 25, 26, 27, 51, 52, 701, 702].map(backlinkLetter), [
    'a',
    'b',
    'z',
    'aa',
    'ab',
    'az',
    'ba',
    'zz',
    'aaa',
  ]);
  assert.throws(() => backlinkLetter(-1), RangeError);
});

test('citationSequence reads every <Cite> in reading order, repeats included', () => {
  const body = 'One <Cite source="a" /> two <Cite source=\'b\' />.\n\n<Callout>\nIn <Cite source="a" />\n</Callout>';
  assert.deepEqual(citationSequence(body), ['a', 'b', 'a']);
});

describe('the citation-notes MDX plugin', () => {
  // The plugin has no async visitor, so the compile is synchronous.
  const compile = (source: string) =>
    (
      mdxToJs(source, {
        mdastPlugins: [citationNotes],
        jsxImportSource: 'astro',
        fileURL: pathToFileURL('/site/content/roles/x.mdx'),
      }) as MdxToJsResult
    ).code;
  /** The props each compiled <Cite> receives, in order. */
  const citeProps = (code: string) =>
    [...code.matchAll(/_jsx\(Cite, \{([^}]*)\}/g)].map((m) =>
      Object.fromEntries([...m[1]!.matchAll(/(\w+): "([^"]*)"/g)].map((p) => [p[1], p[2]])),
    );

  test('gives each <Cite> the number and id numberCitations gives it, inside components too', () => {
    const source = [
      'A fact. <Cite source="rtj" /> Another. <Cite source="french" />',
      '',
      '<Callout type="note">',
      'Inside a callout <Cite source="rtj" />',
      '</Callout>',
      '',
      '- In a list <Cite source="bls" />',
    ].join('\n');
    const expected = numberCitations(citationSequence(source)).marks;
    assert.deepEqual(
      citeProps(compile(source)),
      expected.map((m) => ({ source: m.source, note: String(m.number), noteId: m.id })),
    );
  });

  test('a marker sits against the word it follows; two markers in a row stay apart', () => {
    const code = compile('In the C-suite <Cite source="a" />. More <Cite source="b" /> <Cite source="a" />');
    assert.match(code, /"In the C-suite",\s*_jsx\(Cite/);
    assert.match(code, /"\. More",\s*_jsx\(Cite/);
    assert.match(code, /noteId: "cite-2-a"\s*\}\),\s*" ",\s*_jsx\(Cite/);
  });

  test('a <Cite> the text reading cannot see stops the build with the file and the source', () => {
    // Written with the source second, the regular reading of the text misses it.
    assert.throws(
      () => compile('A fact. <Cite data-x="1" source="rtj" />'),
      /roles\/x\.mdx: <Cite source="rtj" \/> \(citation 1\) could not be numbered/,
    );
  });
});
