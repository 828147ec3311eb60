import { createHash } from 'node:crypto';

/** Everything that decides a preview image's pixels. Two equal inputs draw byte-identical PNGs. */
export interface CardDrawing {
  /** The element tree handed to satori: the card's data already laid into the template. */
  tree: unknown;
  /** satori's and sharp's options (size, PNG settings, the fonts' names and weights). */
  options: unknown;
  /** The bytes of every font file satori may use, in the order it receives them. */
  fonts: readonly Uint8Array[];
  /** The versions of the code that draws: satori, sharp and libvips. */
  renderer: Readonly<Record<string, string>>;
}

/**
 * The cache key of one preview image: a SHA-256 over exactly what is drawn. A change to the card's
 * text, the template's layout or colours, a font file or a renderer version gives a new key, so a
 * stale image is never reused; anything else (a comment, another page's data) leaves it unchanged.
 */
export function cardCacheKey(drawing: CardDrawing): string {
  const hash = createHash('sha256');
  // Plain JSON keeps the order properties were written in: in a style, a later shorthand overrides an
  // earlier longhand, so two orders can draw differently and must not share a key.
  hash.update(JSON.stringify({ tree: drawing.tree, options: drawing.options, renderer: drawing.renderer }));
  for (const font of drawing.fonts) hash.update(createHash('sha256').update(font).digest());
  return hash.digest('hex');
}
