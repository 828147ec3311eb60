/**
 * satori draws a box-shadow as an SVG blur filter, and rasterising that blur is most of the time a
 * preview image takes (about 110 of 200 ms). Every card's shadow is the same few shapes (the
 * highlight box is one of two heights), so the shadows are cut out of the SVG, drawn once per shape
 * and laid over the rest. That matches drawing them in place: a shadow is masked out of its own box,
 * and nothing drawn after it lies outside that box.
 */

/** satori's markup for one shadow: the mask that cuts out its box, the blur filter, the blurred shape. */
const shadowMarkup =
  /<mask id="(satori_ms-[^"]+)"[^>]*>[\s\S]*?<\/mask><defs><filter id="(satori_s-[^"]+)"[^>]*>[\s\S]*?<\/filter><\/defs><g mask="url\(#\1\)" filter="url\(#\2\)">[\s\S]*?<\/g>/g;

/**
 * The SVG without its shadows, and the shadows alone on a transparent canvas of the same size.
 * Undefined when there is no shadow in the markup satori writes today (draw the SVG as it is then).
 */
export function splitShadows(svg: string): { body: string; shadows: string } | undefined {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0];
  const shadows = svg.match(shadowMarkup);
  if (!root || !shadows) return undefined;
  return { body: svg.replace(shadowMarkup, ''), shadows: `${root}${shadows.join('')}</svg>` };
}
