import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

/**
 * Prefixes the base path to the site-root links and images editors write in Markdown
 * ("[salary](/roles/backend-developer/#salary)", "![chart](/images/chart.png)"), so content keeps
 * working when the site is served from a sub-folder, as a GitHub Pages project site is. Components
 * (RoleLink, GuideLink, …) already build their addresses with the base path.
 */
export function basePathLinks(base: string): HastPluginDefinition {
  const prefix = base.replace(/\/?$/, '/');
  return defineHastPlugin({
    name: 'base-path-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        if (prefix === '/') return;
        const attribute = node.tagName === 'a' ? 'href' : 'src';
        const value = node.properties?.[attribute];
        if (
          typeof value === 'string' &&
          value.startsWith('/') &&
          !value.startsWith('//') &&
          !value.startsWith(prefix)
        ) {
          ctx.setProperty(node, attribute, prefix + value.slice(1));
        }
      },
    },
  });
}
