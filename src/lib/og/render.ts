import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { cardSize, type Card } from './card.ts';
import { cardTemplate } from './template.ts';

// Everything comes from node_modules: a build never reaches the network for a font.
const require = createRequire(join(process.cwd(), 'package.json'));
const fontFile = (weight: number) =>
  readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));

let fonts: { name: string; data: Buffer; weight: 400 | 600 | 700 | 800; style: 'normal' }[] | undefined;

/** Loads the Inter weights once per build. */
function prepare() {
  fonts ??= ([400, 600, 700, 800] as const).map((weight) => ({
    name: 'Inter',
    data: fontFile(weight),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

/** The card as a 1200×630 PNG. */
export async function renderCard(card: Card): Promise<Uint8Array<ArrayBuffer>> {
  // satori draws the text as paths, so rasterising the SVG needs no font; sharp (already Astro's
  // image library) does it about ten times faster than resvg-wasm, which kept large builds slow.
  const svg = await satori(cardTemplate(card) as Parameters<typeof satori>[0], { ...cardSize, fonts: prepare() });
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return new Uint8Array(png);
}

/** The endpoint's response: the card's PNG. */
export async function cardResponse(card: Card): Promise<Response> {
  return new Response(await renderCard(card), { headers: { 'Content-Type': 'image/png' } });
}
