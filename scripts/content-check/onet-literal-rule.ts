import type { ContentFile } from './load.ts';
import type { Problem } from './problems.ts';

/**
 * "O*NET" written in an MDX body loses its asterisk: Markdown reads `*NET … *` as the start of emphasis, so the
 * page shows "ONET" and italics up to the next asterisk (issue 18). The escaped form `O\*NET` renders as written.
 * Frontmatter is plain text and is not affected; code (`O*NET` between backticks, fenced blocks) keeps its asterisk.
 */
const unescaped = /(?<!\\)O\*NET/g;

/** A line without its inline code spans and the quoted values of tags' attributes, where an asterisk is literal. */
const prose = (line: string) => line.replace(/`[^`]*`/g, (m) => ' '.repeat(m.length)).replace(/"[^"]*"/g, '""');

export function checkOnetLiteral(file: Pick<ContentFile, 'path' | 'body' | 'bodyStartLine'>): Problem[] {
  const problems: Problem[] = [];
  let fenced = false;
  file.body.split('\n').forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return;
    const count = prose(line).match(unescaped)?.length ?? 0;
    if (count === 0) return;
    problems.push({
      file: file.path,
      line: file.bodyStartLine + index,
      field: 'body',
      message: `"O*NET" ${count > 1 ? `(${count} times) ` : ''}would show as "ONET" with the text after it in italics: Markdown reads the asterisk as emphasis`,
      fix: 'write O\\*NET (a backslash before the asterisk)',
      severity: 'error',
    });
  });
  return problems;
}
