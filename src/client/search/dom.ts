/** Small DOM helpers shared by the header box and the search page. */

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/**
 * A Pagefind excerpt as nodes. Pagefind escapes the page text and adds only <mark>;
 * anything else that turns up is kept as text, so a crafted page cannot inject markup.
 */
export function excerpt(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const node of template.content.querySelectorAll('*')) {
    if (node.tagName !== 'MARK') node.replaceWith(document.createTextNode(node.textContent ?? ''));
  }
  return template.content;
}

/** “postgres” with typographic quotes, for status lines. */
export const quoted = (text: string) => `“${text}”`;

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
