/**
 * How an outlook figure's pace label is shown. BLS prints its growth as "4% (As fast as average)": the
 * official wording is quoted that way, in brackets and capitalised, so it does not read as the site's
 * own sentence ("4% as fast as average"). An editor's own label is shown as written.
 */
export function paceWording(figure: { label?: string | undefined; official?: unknown }): string | undefined {
  const label = figure.label?.trim();
  if (!label) return undefined;
  if (!figure.official) return label;
  return `(${label[0]!.toUpperCase()}${label.slice(1)})`;
}
