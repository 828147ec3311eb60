import { placeholder } from '../../src/schemas/common.ts';
import { checkComponent } from './mdx-components.ts';
import { checkUrl } from './mdx-links.ts';
import { classify, isPlainExpression, valueOf, type Body } from './mdx-body.ts';
import { lineIn, type MdxNode } from './mdx-tree.ts';

/**
 * HTML elements a body may use: text-level and layout markup only. Anything else (script, style,
 * iframe, object, form, svg, …) could run code, load other sites or restyle the page.
 */
const allowedHtml = new Set([
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
]);
/** Attributes that hold an address, checked like Markdown links. */
const urlAttributes = /^(href|src|srcset|action|formaction|poster|xlink:href|data|background|cite|ping)$/i;

/** An HTML element or a component: no code in attributes, only safe HTML, only the site's components. */
export function checkElement(body: Body, node: MdxNode): void {
  const { add, file, byName, components } = body;
  const componentNames = components.map((c) => c.name);
  const line = lineIn(file, node);
  const name = node.name;
  if (!name) return; // a fragment (<>…</>) renders only its content
  for (const attr of node.attributes ?? []) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      add(line, `<${name}>`, `has a code attribute {${attr.value}}`, 'write each attribute as name="value"');
      continue;
    }
    if (/^on/i.test(attr.name))
      add(
        line,
        `<${name}>`,
        `has an event handler attribute "${attr.name}"`,
        "remove it: content may not run script in the reader's browser",
      );
    const value = valueOf(attr);
    if ('expression' in value && !isPlainExpression(value.expression)) {
      add(
        line,
        `<${name}> ${attr.name}`,
        'holds a code expression',
        'use a plain value in quotes, a list like {["a", "b"]}, a number like {3}, or {true}/{false}',
      );
    }
    if ('text' in value && urlAttributes.test(attr.name)) {
      checkUrl(body, value.text, line, `<${name}> ${attr.name}`, name === 'img' ? 'image' : 'link');
      // Only Markdown links and images get the base path (src/integrations/base-path-links.ts).
      if ((name === 'a' || name === 'img') && classify(value.text) === 'internal') {
        add(
          line,
          `<${name}> ${attr.name}`,
          'points into this site with HTML, which breaks when the site is served from a sub-folder',
          name === 'a'
            ? `write it as a Markdown link: [text](${value.text})`
            : `write it as a Markdown image: ![what it shows](${value.text})`,
        );
      }
    }
    if ('text' in value && placeholder.test(value.text))
      add(line, `<${name}> ${attr.name}`, 'still holds a TODO placeholder', 'replace it with the real value');
  }
  if (/^[a-z]/.test(name)) {
    if (!allowedHtml.has(name)) {
      add(
        line,
        `<${name}>`,
        `<${name}> is not allowed in content`,
        name === 'h1'
          ? 'start sections at "## ": the page title is the only level-1 heading'
          : 'remove it: use Markdown and the site components instead',
      );
      return;
    }
    for (const attr of node.attributes ?? []) {
      if (attr.type === 'mdxJsxAttribute' && attr.name === 'style')
        add(line, `<${name}> style`, 'restyles the page', "remove it: the site's own styles apply to content");
    }
    if (name === 'img') {
      const alt = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'alt');
      const altText = alt?.type === 'mdxJsxAttribute' && typeof alt.value === 'string' ? alt.value.trim() : '';
      if (!altText) add(line, '<img>', 'has no alt text', 'add alt="what the image shows"');
    }
    return;
  }
  const component = byName.get(name);
  if (!component) {
    add(line, `<${name}>`, 'is not a site component', `use one of ${componentNames.join(', ')}`);
    return;
  }
  checkComponent(body, node, component, line);
}
