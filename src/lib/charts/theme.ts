// A picture served as its own file cannot see the page's stylesheet, so it carries the site's colour
// tokens itself: copied at build time from src/styles/global.css, the one place they are defined.

/**
 * The colour tokens of a stylesheet's first `:root { … }` block, each written once for both schemes with
 * light-dark(), plus its color-scheme, ready to put in an SVG's <style>: the picture then follows the
 * scheme it is shown in. Fails loudly if the stylesheet no longer has them where expected.
 */
export function themeTokens(css: string): string {
  const root = /^:root\s*\{([^}]*)\}/m.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1];
  const declarations = (root ?? '')
    .split(';')
    .map((d) => d.trim().replace(/\s*([:,()])\s*/g, '$1'))
    .filter((d) => d.startsWith('color-scheme:') || /^--[\w-]+:light-dark\(/.test(d));
  if (!declarations.some((d) => d.startsWith('--'))) {
    throw new Error(
      'src/styles/global.css: charts copy the colour tokens (custom properties written with light-dark()) ' +
        'from its first ":root { … }" block — keep them there',
    );
  }
  return `:root{${declarations.join(';')}}`;
}
