import { lineIn, type MdxNode } from './mdx-tree.ts';
import type { Body } from './mdx-body.ts';

/** Import and export statements: content may use the site's components, which need no import, and define no code. */
export function checkEsm({ add, file, byName, components }: Body, node: MdxNode) {
  const componentNames = components.map((c) => c.name);
  const value = node.value ?? '';
  const starts = [...value.matchAll(/^[ \t]*(import|export)\b/gm)];
  for (const [i, start] of starts.entries()) {
    const statement = value.slice(start.index, starts[i + 1]?.index ?? value.length).trim();
    const line = lineIn(file, node) + value.slice(0, start.index).split('\n').length - 1;
    if (start[1] === 'export') {
      add(line, 'body', 'exports code', 'remove the export: content files may not define code');
      continue;
    }
    const from = /(?:from\s*|^import\s*)["']([^"']+)["']/.exec(statement)?.[1];
    const own = /^import\s+(\w+)\s+from\s*["'](?:\.\.\/)+src\/components\/mdx\/(\w+)\.astro["'];?$/.exec(statement);
    if (own && own[1] === own[2] && byName.has(own[1]!)) continue;
    add(
      line,
      'body',
      from ? `imports "${from}"` : 'has an import statement',
      `remove the import: only the site's components (${componentNames.join(', ')}) may be used, and they need no import`,
    );
  }
}
