// The build has no browser to measure text, so pictures place labels from an estimate: widths in em
// close to DejaVu Sans, the widest of the common system sans-serifs, so a label that "fits" here fits
// in the narrower ones (Segoe UI, San Francisco, Roboto) too.
const widths: [RegExp, number][] = [
  [/[ijlI.,:;|!'’·]/, 0.3],
  [/[ ()[\]]/, 0.4],
  [/[frt]/, 0.43],
  [/[mwMW@%—]/, 0.98],
  [/[A-Z]/, 0.76],
  [/[0-9$€£¥–-]/, 0.64],
];

/** About how wide `text` is at `fontSize` px, erring wide; bold text runs about a tenth wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += widths.find(([pattern]) => pattern.test(char))?.[1] ?? 0.62;
  return em * fontSize * (bold ? 1.1 : 1);
}

/** Words broken into lines no wider than `maxWidth`; a word longer than a line gets a line of its own. */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
