import type { APIRoute } from 'astro';
import { activeCardCache } from './card-cache-io.ts';
import { cardCacheKey } from './cache-key.ts';
import { cardSize, type Card } from './card.ts';
import { cardFonts, drawCard, pngOptions, rendererVersions, shadowDrawing } from './draw-io.ts';
import { cardTemplate } from './template.ts';

let renderer: Record<string, string> | undefined;

/** The card's cache key: a hash of its element tree, the options, the font files and the renderers' versions. */
function cardKey(card: Card): string {
  renderer ??= rendererVersions();
  const fonts = cardFonts();
  return cardCacheKey({
    tree: cardTemplate(card),
    options: {
      ...cardSize,
      fonts: fonts.map(({ name, weight, style }) => ({ name, weight, style })),
      png: pngOptions,
      shadows: shadowDrawing,
    },
    fonts: fonts.map((font) => font.data),
    renderer,
  });
}

/**
 * The endpoint's response: the card's PNG, reused from the build's cache when nothing it draws changed. `path` is
 * where it goes in the output ("og/site.png"), as for the cards drawn beside the pages, so the build's report names
 * every card alike.
 */
export async function cardResponse(card: Card, path: string): Promise<Response> {
  const cache = activeCardCache();
  const png = cache ? await cache.png(cardKey(card), `/${path}`, () => drawCard(card)) : await drawCard(card);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}

/** A card an image route lists: where it goes in the output ("og/roles/x.png"), the route's params and the card. */
export interface ListedCard {
  path: string;
  params: Record<string, string>;
  card: Card;
}

/** What a listed card's page carries to its GET (a type: Astro's page props need an index signature). */
type ListedCardProps = { card: Card; path: string };

/**
 * An image route's paths. The dev server draws each card when it is asked for. A build lists none: it hands every
 * card to the build's cache, whose worker draws them while the pages render, and the preview-image integration
 * copies them into the output after the pages (src/integrations/preview-images.ts).
 */
export function cardRoutePaths(
  cards: readonly ListedCard[],
  dev: boolean,
): { params: Record<string, string>; props: ListedCardProps }[] {
  if (dev) return cards.map(({ params, card, path }) => ({ params, props: { card, path } }));
  const cache = activeCardCache();
  if (!cache)
    throw new Error(
      'preview images: no build cache is open (the preview-images integration is missing from astro.config.mjs)',
    );
  for (const { path, card } of cards) cache.drawLater(cardKey(card), card, path);
  return [];
}

/** The GET of an image route whose paths come from `cardRoutePaths`: the card its page carries. */
export const listedCardGet: APIRoute = ({ props }) => {
  const { card, path } = props as ListedCardProps;
  return cardResponse(card, path);
};
