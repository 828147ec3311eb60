// GitHub's problem matcher for the content check (.github/content-check-matcher.json), run here the way the
// Actions runner runs it: each matcher's regexp over one output line, its groups read as file, line and message.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Pattern {
  regexp: string;
  file: number;
  line: number;
  message: number;
}
interface Matcher {
  owner: string;
  severity?: 'error' | 'warning';
  pattern: Pattern[];
}

const matcherFile = resolve(import.meta.dirname, '../../../.github/content-check-matcher.json');
const matchers = (JSON.parse(readFileSync(matcherFile, 'utf8')) as { problemMatcher: Matcher[] }).problemMatcher;

export interface Annotation {
  owner: string;
  severity: 'error' | 'warning';
  file: string;
  line: number;
  message: string;
}

/** What the runner would annotate for one output line: one note per matcher that matches it. */
export function annotate(outputLine: string): Annotation[] {
  return matchers.flatMap((matcher) => {
    // Every matcher here has a one-line pattern; a multi-line one would need the runner's state machine.
    assert.equal(matcher.pattern.length, 1, `${matcher.owner}: expected a one-line pattern`);
    const [pattern] = matcher.pattern as [Pattern];
    const match = new RegExp(pattern.regexp).exec(outputLine);
    if (!match) return [];
    return [
      {
        owner: matcher.owner,
        severity: matcher.severity ?? 'error',
        file: match[pattern.file]!,
        line: Number(match[pattern.line]),
        message: match[pattern.message]!,
      },
    ];
  });
}

/**
 * A problem line the checker printed becomes exactly one note, on the file and line the line names, with the
 * rest of the line (field, what is wrong, how to fix it) as its message and the line's own severity.
 */
export function assertMatcherReads(outputLine: string): Annotation {
  const severity = outputLine.startsWith('warning  ') ? 'warning' : 'error';
  const place = /^(?:warning {2})?(content\/.+?):(\d+) {2}/.exec(outputLine);
  assert.ok(place, `not a problem line: ${outputLine}`);
  const notes = annotate(outputLine);
  assert.equal(notes.length, 1, `the problem matcher made ${notes.length} notes of\n  ${outputLine}`);
  const note = notes[0]!;
  assert.deepEqual(
    { severity: note.severity, file: note.file, line: note.line, message: note.message },
    { severity, file: place[1], line: Number(place[2]), message: outputLine.slice(place[0].length) },
    outputLine,
  );
  assert.ok(note.message.length > 0 && note.line > 0);
  return note;
}
