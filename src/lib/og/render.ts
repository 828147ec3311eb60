import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import satori from 'satori';
import { cardSize, type Card } from './card.ts';
import { cardTemplate } from './template.ts';

// Everything comes from node_modules: a build never reaches the network for a font or the WASM.
const require = createRequire(join(process.cwd(), 'package.json'));
const fontFile = (weight: number) => readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));

let ready: Promise<{ name: string; data: Buffer; weight: 400 | 600 | 700 | 800; style: 'normal' }[]> | undefined;

/** Loads the resvg WASM and the Inter weights once per build. */
function prepare() {
  ready ??= (async () => {
    await initWasm(readFileSync(join(dirname(require.resolve('@resvg/resvg-wasm')), 'index_bg.wasm')));
    return ([400, 600, 700, 800] as const).map((weight) => ({ name: 'Inter', data: fontFile(weight), weight, style: 'normal' as const }));
  })();
  return ready;
}

/** The card as a 1200×630 PNG. */
export async function renderCard(card: Card): Promise<Uint8Array<ArrayBuffer>> {
  const fonts = await prepare();
  const svg = await satori(cardTemplate(card) as Parameters<typeof satori>[0], { ...cardSize, fonts });
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: cardSize.width } }).render();
  try {
    // Copied out of WASM memory before free(), into a buffer a Response accepts.
    return new Uint8Array(image.asPng());
  } finally {
    image.free();
  }
}

/** The endpoint's response: the card's PNG. */
export async function cardResponse(card: Card): Promise<Response> {
  return new Response(await renderCard(card), { headers: { 'Content-Type': 'image/png' } });
}
