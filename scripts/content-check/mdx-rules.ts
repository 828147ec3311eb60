import { placeholder } from '../../src/schemas/common.ts';
import type { MdxComponent } from './components.ts';
import type { ContentFile } from './load.ts';
import { headingsOf, lineIn, parseBody, walk, type MdxAttribute, type MdxNode } from './mdx-tree.ts';
import type { Problem } from './problems.ts';
import { closest } from './schema-rules.ts';
import type { SiteIndex } from './site-index.ts';
import { Skips } from './skips.ts';

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

/** True for addresses a browser would run or render as a document: javascript:, vbscript:, data:. */
export function isDangerousUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^(javascript|vbscript|data):/.test(squeezed);
}

/** Which kind of address a link holds. */
function classify(url: string): 'external' | 'internal' | 'anchor' | 'relative' {
  if (url.startsWith('#')) return 'anchor';
  if (url.startsWith('/') && !url.startsWith('//')) return 'internal';
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return 'external';
  return 'relative';
}

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

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');

/** The likely intended anchor, or the page's sections and headings (figure and source anchors only when asked for). */
function anchorFix(anchor: string, anchors: Set<string>): string {
  const guess = closest(anchor, [...anchors]);
  if (guess) return `did you mean "#${guess}"?`;
  const prefix = /^(figure|source)-/.exec(anchor)?.[0];
  const listed = [...anchors].filter((a) =>
    prefix ? a.startsWith(prefix) : !/^(figure|source)-/.test(a) && a !== 'main' && a !== 'contents',
  );
  return listed.length
    ? `use one of: ${listed.map((a) => `#${a}`).join(', ')}`
    : 'remove the anchor, or add the heading it should point to';
}

/** An attribute value as written: a string, a bare attribute (true), or a {…} expression. */
type Value = { text: string } | { expression: string } | { bare: true };
const valueOf = (attr: Extract<MdxAttribute, { type: 'mdxJsxAttribute' }>): Value =>
  attr.value === null
    ? { bare: true }
    : typeof attr.value === 'string'
      ? { text: attr.value }
      : { expression: attr.value.value.trim() };

/** `{["a", "b"]}` as a list of strings; undefined for anything else. */
export function stringList(expression: string): string[] | undefined {
  const m = /^\[\s*((?:(?:"[^"]*"|'[^']*')\s*,?\s*)*)\]$/.exec(expression.trim());
  if (!m) return undefined;
  return [...m[1]!.matchAll(/"([^"]*)"|'([^']*)'/g)].map((x) => x[1] ?? x[2]!);
}

/** Expressions a prop may hold without running code: a boolean, a number or a list of strings. */
const isPlainExpression = (expression: string) =>
  /^(true|false|-?\d+(\.\d+)?)$/.test(expression) || stringList(expression) !== undefined;

export interface MdxContext {
  site: SiteIndex;
  components: MdxComponent[];
  /** Entries that failed their schema: checks that need their data are skipped and noted there (default none). */
  skips?: Skips;
}

/** Everything an MDX body may not do, and every component it uses, checked against the site. */
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
  const ownAnchors = site.pages.get(pagePath) ?? new Set();
  const componentNames = components.map((c) => c.name);
  const byName = new Map(components.map((c) => [c.name, c]));
  /** A page's sections come from its entry's data: unknown while the entry fails its schema. */
  const anchorsUnknown = (page: string) => {
    const [, collection, id = ''] = /^\/(roles|guides)\/([^/]+)\/$/.exec(page) ?? [];
    return (collection === 'roles' || collection === 'guides') && skips.skip(collection, id, file.path);
  };
  const linkFix = 'fix the address, or link a role with <RoleLink role="…" /> and a guide with <GuideLink guide="…" />';

  /** A link or image address: never script, and on this site only pages and files that exist. */
  function checkUrl(url: string, line: number, field: string, what: 'link' | 'image') {
    if (isDangerousUrl(url)) {
      add(
        line,
        field,
        `contains a "${url.split(':')[0]!.trim().toLowerCase()}:" address`,
        'link to a web page (https://…) or a page on this site instead',
      );
      return;
    }
    const kind = classify(url);
    if (kind === 'relative') {
      add(
        line,
        field,
        `the ${what} "${url}" starts with neither https:// nor /`,
        'write a full address (https://…) for another site, or start with / for a page on this one (/roles/backend-developer/)',
      );
      return;
    }
    if (kind === 'external') return;
    const [pathAndQuery = '', anchor] = url.split('#');
    const path = pathAndQuery.split('?')[0]!;
    if (kind === 'anchor') {
      if (anchor && !ownAnchors.has(anchor) && !anchorsUnknown(pagePath))
        add(
          line,
          field,
          `the anchor "#${anchor}" matches no heading or section on this page`,
          anchorFix(anchor, ownAnchors),
        );
      return;
    }
    const target = site.pages.has(path) ? path : site.pages.has(`${path}/`) ? `${path}/` : undefined;
    if (!target) {
      const draft = /^\/guides\/([^/]+)\/?$/.exec(path)?.[1];
      if (draft && site.draftGuides.has(draft)) {
        add(
          line,
          field,
          `the ${what} "${url}" points to a draft guide, which is not published`,
          `publish it first (draft: false in content/guides/${draft}.mdx) or remove the link`,
        );
      } else if (what === 'image') {
        add(
          line,
          field,
          `the image "${url}" is not a file in public/`,
          'add the file to public/ (public/images/x.png is written /images/x.png) or fix the address',
        );
      } else {
        const guess = closest(path, [...site.pages.keys()]);
        add(line, field, `the link "${url}" is not a page on this site`, guess ? `did you mean "${guess}"?` : linkFix);
      }
      return;
    }
    const anchors = site.pages.get(target)!;
    if (anchor && !anchors.has(anchor) && !anchorsUnknown(target))
      add(
        line,
        field,
        `the link "${url}" points to a section "#${anchor}" that "${target}" does not have`,
        anchorFix(anchor, anchors),
      );
  }

  function checkEsm(node: MdxNode) {
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

  function checkComponent(node: MdxNode, component: MdxComponent, line: number) {
    const name = component.name;
    const attrs = new Map<string, Value>();
    for (const attr of node.attributes ?? []) if (attr.type === 'mdxJsxAttribute') attrs.set(attr.name, valueOf(attr));
    for (const [attr, value] of attrs) {
      const prop = component.props.find((p) => p.name === attr);
      if (!prop) {
        if (!/^on/i.test(attr))
          add(
            line,
            `<${name}> ${attr}`,
            `is not an attribute of <${name}>`,
            component.props.length ? `use ${component.props.map((p) => p.name).join(', ')}` : 'remove it',
          );
        continue;
      }
      const { accepts } = prop;
      if (accepts.kind === 'text' && !('text' in value))
        add(line, `<${name}> ${attr}`, 'should be text in quotes', `write ${attr}="…"`);
      if (accepts.kind === 'list' && !('expression' in value && stringList(value.expression)))
        add(line, `<${name}> ${attr}`, 'should be a list', `write ${attr}={["first", "second"]}`);
      if (
        accepts.kind === 'boolean' &&
        !('bare' in value || ('expression' in value && /^(true|false)$/.test(value.expression)))
      ) {
        add(
          line,
          `<${name}> ${attr}`,
          'should be {true} or {false}',
          `write ${attr}={true} or ${attr}={false} (or just ${attr} for true)`,
        );
      }
      if (accepts.kind === 'choice') {
        const written = 'text' in value ? value.text : 'expression' in value ? value.expression : '';
        const numeric = accepts.values.every((v) => typeof v === 'number');
        if (
          !accepts.values.map(String).includes(written) ||
          (numeric && !('expression' in value)) ||
          (!numeric && !('text' in value))
        ) {
          const forms = accepts.values.map((v) => (typeof v === 'number' ? `${attr}={${v}}` : `${attr}="${v}"`));
          add(line, `<${name}> ${attr}`, `"${written}" is not one of its values`, `use ${forms.join(', ')}`);
        }
      }
    }
    const text = (attr: string) => {
      const value = attrs.get(attr);
      return value && 'text' in value && value.text.trim() !== '' ? value.text : undefined;
    };
    for (const prop of component.props) {
      if (prop.required && !attrs.has(prop.name))
        add(
          line,
          `<${name}> ${prop.name}`,
          'is missing',
          `add ${prop.name}="…"${prop.description ? `: ${lowerFirst(prop.description)}` : ''}`,
        );
    }
    const own = file.collection === 'roles' ? site.roles.get(file.id) : undefined;
    const roleIds = () => [...site.roles.keys()].join(', ');
    const roleExists = (id: string | undefined, attr = 'role') => {
      if (id === undefined) return false;
      if (site.roles.has(id)) return true;
      add(
        line,
        `<${name}> ${attr}`,
        `"${id}" is not a role`,
        `use a file name from content/roles/ without .mdx: ${roleIds()}`,
      );
      return false;
    };
    switch (name) {
      case 'RoleLink':
      case 'RoleCard':
      case 'SalaryChart':
        roleExists(text('role'));
        break;
      case 'SalaryTable':
        roleExists(text('role'));
        if (attrs.has('anchors') && file.collection === 'roles')
          add(
            line,
            '<SalaryTable> anchors',
            'repeats the anchors of the salary table the role page already shows',
            "remove anchors: only the page's own table carries them",
          );
        break;
      case 'GuideLink': {
        const guide = text('guide');
        if (guide && site.draftGuides.has(guide))
          add(
            line,
            '<GuideLink> guide',
            `"${guide}" is a draft guide, which is not published`,
            `publish it first (draft: false in content/guides/${guide}.mdx) or remove the link`,
          );
        else if (guide && !site.guides.has(guide))
          add(
            line,
            '<GuideLink> guide',
            `"${guide}" is not a published guide`,
            `use one of ${[...site.guides].join(', ')}`,
          );
        break;
      }
      case 'Cite': {
        const source = text('source');
        if (source && !site.sources.has(source)) {
          add(
            line,
            '<Cite> source',
            `"${source}" is not a source`,
            `use one of ${[...site.sources].join(', ')}, or add content/sources/${source}.yaml`,
          );
        } else if (
          source &&
          file.collection === 'roles' &&
          !own?.sources.has(source) &&
          !skips.skip('roles', file.id, file.path)
        ) {
          add(
            line,
            '<Cite> source',
            `"${source}" is cited in the text but not listed in this role's "sources"`,
            `add ${source} to sources in the frontmatter`,
          );
        }
        break;
      }
      case 'SalaryFigure':
      case 'OutlookFigure': {
        const role = text('role');
        const id = text('id');
        if (!roleExists(role) || !id || skips.skip('roles', role!, file.path)) break;
        const kind = name === 'SalaryFigure' ? 'salaries' : 'outlook';
        const figures = site.roles.get(role!)![kind];
        // An official figure of an edition that failed its schema: its id cannot be known yet.
        const edition = site.failedEditions.find((e) => id.startsWith(`${e}-`));
        if (figures.has(id) || (edition && skips.skip('statistics', edition, file.path))) break;
        if (!site.missingOfficialFigure(role!, id))
          add(
            line,
            `<${name}> id`,
            `${role} has no ${kind === 'salaries' ? 'salary' : 'outlook'} figure "${id}"`,
            `use one of ${[...figures].join(', ') || `(none yet: add one to ${kind} in content/roles/${role}.mdx)`}`,
          );
        break;
      }
      case 'CompareRoles': {
        const value = attrs.get('roles');
        const ids = value && 'expression' in value ? stringList(value.expression) : undefined;
        ids?.forEach((id) => roleExists(id, 'roles'));
        if (ids && ids.length < 2)
          add(line, '<CompareRoles> roles', 'names fewer than two roles', 'list two or more role ids to compare');
        break;
      }
    }
  }

  function checkElement(node: MdxNode) {
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
        checkUrl(value.text, line, `<${name}> ${attr.name}`, name === 'img' ? 'image' : 'link');
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
    checkComponent(node, component, line);
  }

  for (const node of walk(parsed.tree)) {
    switch (node.type) {
      case 'mdxjsEsm':
        checkEsm(node);
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
        checkElement(node);
        break;
      case 'link':
      case 'definition':
        checkUrl(node.url ?? '', lineIn(file, node), 'body', 'link');
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
        if (node.url !== undefined) checkUrl(node.url, lineIn(file, node), 'body', 'image');
        break;
      case 'text':
        if (placeholder.test(node.value ?? ''))
          add(lineIn(file, node), 'body', 'still holds a TODO placeholder', 'replace it with your own text');
        break;
    }
  }

  let previousLevel = 1;
  const layout = site.layoutAnchors.get(pagePath) ?? new Set();
  for (const heading of headingsOf(file)) {
    if (heading.depth === 1) {
      add(
        heading.line,
        'body',
        'has a level-1 heading ("# ")',
        'start sections at "## ": the page title is the only level-1 heading',
      );
    } else if (heading.depth > previousLevel + 1) {
      add(
        heading.line,
        'body',
        `heading jumps from level ${previousLevel} to ${heading.depth}`,
        `use ${'#'.repeat(previousLevel + 1)} here, or add the missing level above it`,
      );
    }
    previousLevel = heading.depth;
    if (layout.has(heading.slug)) {
      add(
        heading.line,
        'body',
        `the heading "${heading.text}" gets the anchor #${heading.slug}, which the page already uses for its own section`,
        'reword the heading so the two sections keep separate addresses',
      );
    }
  }
  return problems;
}
