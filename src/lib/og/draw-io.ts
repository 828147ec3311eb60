import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp, { type OutputInfo } from 'sharp';
import { cardSize, type Card } from './card.ts';
import { splitShadows } from './shadow-layer.ts';
import { cardTemplate } from './template.ts';

// Everything comes from node_modules: a build never reaches the network for a font.
const require = createRequire(join(process.cwd(), 'package.json'));
const fontWeights = [400, 600, 700, 800] as const;
const fontFile = (weight: number) =>
  readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));

let fonts: { name: string; data: Buffer; weight: (typeof fontWeights)[number]; style: 'normal' }[] | undefined;

/** Loads the Inter weights once per process (or worker thread). */
export function cardFonts() {
  fonts ??= fontWeights.map((weight) => ({ name: 'Inter', data: fontFile(weight), weight, style: 'normal' as const }));
  return fonts;
}

/** sharp's PNG settings; part of every card's cache key, so changing them redraws every card. */
export const pngOptions = { compressionLevel: 6 } as const;
/** How shadows are drawn (see shadow-layer.ts); in the key because it changes pixels (by rounding). */
export const shadowDrawing = 'drawn once per shape, laid over the card';

/** The versions that draw a card: a new satori, sharp or libvips may draw different pixels. */
export function rendererVersions(): Record<string, string> {
  const satoriPackage = JSON.parse(readFileSync(require.resolve('satori/package.json'), 'utf8')) as { version: string };
  return { satori: satoriPackage.version, sharp: sharp.versions.sharp ?? '', vips: sharp.versions.vips };
}

/** The card as SVG, its text drawn as paths (so rasterising needs no font). */
export async function cardSvg(card: Card): Promise<string> {
  return satori(cardTemplate(card) as Parameters<typeof satori>[0], { ...cardSize, fonts: cardFonts() });
}

/** A card's SVG as PNG. sharp (already Astro's image library) is about ten times faster than resvg-wasm. */
export async function svgToPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const split = splitShadows(svg);
  if (!split) return new Uint8Array(await sharp(Buffer.from(svg)).png(pngOptions).toBuffer());
  const shadows = await shadowLayer(split.shadows);
  const png = await sharp(Buffer.from(split.body))
    .composite([{ input: shadows.data, raw: shadows.info }])
    .png(pngOptions)
    .toBuffer();
  return new Uint8Array(png);
}

const shadowLayers = new Map<string, Promise<{ data: Buffer; info: OutputInfo }>>();

/** The shadows of a card, as raw pixels: drawn once per build for each distinct set of shapes. */
function shadowLayer(svg: string) {
  let layer = shadowLayers.get(svg);
  if (!layer) {
    layer = sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
    shadowLayers.set(svg, layer);
  }
  return layer;
}

/** The card as a 1200×630 PNG. */
export async function drawCard(card: Card): Promise<Uint8Array<ArrayBuffer>> {
  return svgToPng(await cardSvg(card));
}
