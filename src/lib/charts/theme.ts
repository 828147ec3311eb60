// A picture served as its own file cannot see the page's stylesheet, so it carries the site's colour
// tokens itself: copied at build time from src/styles/global.css, the one place they are defined.

/**
 * The custom-property blocks of a stylesheet: the light `:root { … }` and the dark-scheme one, ready
 * to put in an SVG's <style>. Fails loudly if the stylesheet no longer has them where expected.
 */
export function themeTokens(css: string): string {
  const light = /^:root\s*\{[^}]*\}/m.exec(css)?.[0];
  const dark = /@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{[^}]*\}\s*\}/.exec(css)?.[0];
  if (!light || !dark) {
    throw new Error(
      'src/styles/global.css: charts copy the colour tokens from its first ":root { … }" block and its ' +
        '"@media (prefers-color-scheme: dark) { :root { … } }" block — keep both',
    );
  }
  // Comments and indentation are for people reading the stylesheet, not for every chart file.
  return [light, dark]
    .join('')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*([{};:,])\s*/g, '$1')
    .replace(/\s+/g, ' ');
}
