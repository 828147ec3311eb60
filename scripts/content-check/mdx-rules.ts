import type { MdxComponent } from './components.ts';
import { placeholder } from '../../src/schemas/common.ts';
import type { Body } from './mdx-body.ts';
import { checkElement } from './mdx-elements.ts';
import { checkEsm } from './mdx-esm.ts';
import { checkHeadings } from './mdx-headings.ts';
import { checkUrl } from './mdx-links.ts';
import type { ContentFile } from './load.ts';
import { lineIn, parseBody, walk } from './mdx-tree.ts';
import type { Problem } from './problems.ts';
import type { SiteIndex } from './site-index.ts';
import { Skips } from './skips.ts';

export { isDangerousUrl, stringList } from './mdx-body.ts';

/** A fix hint for Sätteri's parse errors, which are written for developers. */
function parseFix(reason: string): string {
  if (/comment/i.test(reason)) return 'MDX has no <!-- --> comments: write {/* your note */} instead';
  if (/closing tag|end of/i.test(reason))
    return 'close the tag (<Callout>…</Callout>) or end it with "/>" (<RoleLink role="…" />)';
  if (/brace|expression/i.test(reason)) return 'a "{" starts code in MDX: write \\{ for a brace in text';
  if (/before name|character/i.test(reason))
    return 'a "<" starts a tag in MDX: write &lt; for a "less than" sign in text';
  return 'check the tags and braces on this line: write &lt; for "<" and \\{ for "{" in text';
}

export interface MdxContext {
  site: SiteIndex;
  components: MdxComponent[];
  /** Entries that failed their schema: checks that need their data are skipped and noted there (default none). */
  skips?: Skips;
}
/**
 * Everything an MDX body may not do, and every component it uses, checked against the site. The rule groups
 * live one to a file: links (mdx-links), imports (mdx-esm), elements and components (mdx-elements,
 * mdx-components), headings (mdx-headings).
 */
export function checkMdxBody(file: ContentFile, { site, components, skips = new Skips([]) }: MdxContext): Problem[] {
  const problems: Problem[] = [];
  const add = (line: number, field: string, message: string, fix: string) =>
    problems.push({ file: file.path, line, field, message, fix, severity: 'error' });

  const parsed = parseBody(file);
  if (parsed.error) {
    add(parsed.error.line, 'body', `cannot be read as MDX: ${parsed.error.reason}`, parseFix(parsed.error.reason));
    return problems;
  }
  const pagePath = `/${file.collection}/${file.id}/`;
  const body: Body = {
    file,
    site,
    components,
    byName: new Map(components.map((c) => [c.name, c])),
    skips,
    pagePath,
    ownAnchors: site.pages.get(pagePath) ?? new Set(),
    add,
  };
  for (const node of walk(parsed.tree)) {
    switch (node.type) {
      case 'mdxjsEsm':
        checkEsm(body, node);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* … */} is MDX's comment: it runs nothing.
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? ''))
          add(
            lineIn(file, node),
            'body',
            `contains a {…} expression: {${node.value}}`,
            'write the text without braces, or write \\{ for a brace',
          );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(body, node);
        break;
      case 'link':
      case 'definition':
        checkUrl(body, node.url ?? '', lineIn(file, node), 'body', 'link');
        break;
      case 'image':
      case 'imageReference':
        if (!(node.alt ?? '').trim())
          add(
            lineIn(file, node),
            'body',
            `the image${node.url ? ` "${node.url}"` : ''} has no alt text`,
            'describe the image between the brackets: ![what it shows](…)',
          );
        if (node.url !== undefined) checkUrl(body, node.url, lineIn(file, node), 'body', 'image');
        break;
      case 'text':
        if (placeholder.test(node.value ?? ''))
          add(lineIn(file, node), 'body', 'still holds a TODO placeholder', 'replace it with your own text');
        break;
    }
  }
  checkHeadings(body);
  return problems;
}
