import type { ContentFile } from './load.ts';
import type { Problem } from './problems.ts';
import type { SiteIndex } from './site-index.ts';

/** Components provided to every MDX file (src/components/mdx/index.ts). */
export const allowedComponents = [
  'Callout', 'Cite', 'CompareRoles', 'GuideLink', 'OutlookFigure', 'RoleCard', 'RoleLink', 'SalaryFigure', 'SalaryTable',
] as const;
const forbiddenTags = ['script', 'style', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'link'];
const allowedImportPrefix = /^(\.\.\/)+src\/components\/mdx\/[A-Za-z]+\.astro$/;

interface Tag {
  name: string;
  attrs: Map<string, string>;
  raw: string;
  line: number;
}

/** Opening tags in a body, with attributes written as name="x", name='x' or name={...}. */
function tagsIn(body: string, startLine: number): Tag[] {
  const tags: Tag[] = [];
  const tagPattern = /<([A-Za-z][\w.]*)((?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g;
  for (const m of body.matchAll(tagPattern)) {
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(/([\w:-]+)(?:\s*=\s*("([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g)) {
      attrs.set(a[1]!, a[3] ?? a[4] ?? (a[5] !== undefined ? `{${a[5]}}` : ''));
    }
    tags.push({ name: m[1]!, attrs, raw: m[0], line: startLine + body.slice(0, m.index).split('\n').length - 1 });
  }
  return tags;
}

/** The body with fenced code blocks and inline code blanked out (kept line for line). */
function proseOnly(body: string): string {
  let fenced = false;
  return body
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return '';
      }
      return fenced ? '' : line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    })
    .join('\n');
}

function parseIdList(value: string): string[] | undefined {
  const m = /^\{\s*\[([^\]]*)\]\s*\}$/.exec(value);
  if (!m) return undefined;
  return [...m[1]!.matchAll(/["']([^"']+)["']/g)].map((x) => x[1]!);
}

/** Links to a page on this site: the path must be a page the build produces, the anchor a heading on it. */
function checkInternalLink(href: string, ownAnchors: Set<string>, site: SiteIndex): string | undefined {
  const [path = '', anchor] = href.split('#');
  if (path === '') {
    return anchor && !ownAnchors.has(anchor) ? `the anchor "#${anchor}" matches no heading in this file` : undefined;
  }
  const normalised = path.endsWith('/') ? path : `${path}/`;
  const anchors = site.pages.get(normalised);
  if (!anchors) return `"${path}" is not a page on this site`;
  if (anchor && !anchors.has(anchor)) return `"${path}" has no section "#${anchor}"`;
  return undefined;
}

/** Everything an MDX body may not do, and every component it uses, checked against the site. */
export function checkMdxBody(file: ContentFile, site: SiteIndex, ownAnchors: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const body = proseOnly(file.body);
  const lines = body.split('\n');
  const at = (index: number) => file.bodyStartLine + index;
  const add = (line: number, field: string, message: string, fix: string) =>
    problems.push({ file: file.path, line, field, message, fix, severity: 'error' });

  let previousLevel = 1;
  lines.forEach((line, i) => {
    const importMatch = /^\s*import\s.*from\s+["']([^"']+)["']/.exec(line);
    if (importMatch) {
      if (!allowedImportPrefix.test(importMatch[1]!)) {
        add(at(i), 'body', `imports "${importMatch[1]}"`, `remove the import: only the site's components (${allowedComponents.join(', ')}) may be used, and they need no import`);
      }
    } else if (/^\s*import[\s{]/.test(line)) {
      add(at(i), 'body', 'has an import statement', 'remove it: the site components need no import');
    }
    if (/^\s*export\s/.test(line)) add(at(i), 'body', 'exports code', 'remove the export: content files may not define code');
    if (/(\]\(\s*|=\s*["'{]?\s*|<)javascript\s*:/i.test(line)) add(at(i), 'body', 'contains a "javascript:" URL', 'link to a web page (https://…) or a page on this site instead');

    const heading = /^(#{1,6})\s/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      if (level === 1) add(at(i), 'body', 'has a level-1 heading ("# ")', 'start sections at "## ": the page title is the only level-1 heading');
      else if (level > previousLevel + 1) {
        add(at(i), 'body', `heading jumps from level ${previousLevel} to ${level}`, `use ${'#'.repeat(previousLevel + 1)} here, or add the missing level above it`);
      }
      previousLevel = level;
    }

    for (const image of line.matchAll(/!\[([^\]]*)\]\(([^)]*)\)/g)) {
      if (image[1]!.trim() === '') add(at(i), 'body', `the image "${image[2]}" has no alt text`, 'describe the image between the brackets: ![what it shows](…)');
    }
    for (const link of line.matchAll(/(?<!!)\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)) {
      const href = link[1]!;
      if (href.startsWith('/') || href.startsWith('#')) {
        const problem = checkInternalLink(href, ownAnchors, site);
        if (problem) add(at(i), 'body', `the link ${problem}`, 'fix the address, or link a role with <RoleLink role="…" /> and a guide with <GuideLink guide="…" />');
      }
    }

    // MDX runs {…} as code at build time: only component attributes may hold one.
    const outsideTags = line.replace(/<[A-Za-z][^>]*>/g, '');
    if (/(?<!\\)\{/.test(outsideTags)) add(at(i), 'body', 'contains a {…} expression', 'write the text without braces, or escape a brace as \\{');
  });

  for (const tag of tagsIn(body, file.bodyStartLine)) {
    const { name, attrs, line } = tag;
    const lower = name.toLowerCase();
    for (const attr of attrs.keys()) {
      if (/^on[a-z]/i.test(attr)) add(line, `<${name}>`, `has an event handler attribute "${attr}"`, 'remove it: content may not run script in the reader\'s browser');
    }
    for (const [attr, value] of attrs) {
      const isList = parseIdList(value) !== undefined;
      if (value.startsWith('{') && !isList && !/^\{\s*(true|false|\d+)\s*\}$/.test(value)) {
        add(line, `<${name}> ${attr}`, 'holds a code expression', 'use a plain value in quotes, a list like {["a", "b"]}, or {true}/{false}');
      }
    }
    if (forbiddenTags.includes(lower) && name === lower) {
      add(line, `<${name}>`, `<${name}> is not allowed in content`, 'remove it: use Markdown and the site components instead');
      continue;
    }
    if (name === lower) {
      if (lower === 'img' && !(attrs.get('alt') ?? '').trim()) add(line, '<img>', 'has no alt text', 'add alt="what the image shows"');
      continue;
    }
    if (!(allowedComponents as readonly string[]).includes(name)) {
      add(line, `<${name}>`, `is not a site component`, `use one of ${allowedComponents.join(', ')}`);
      continue;
    }
    const need = (attr: string) => {
      const value = attrs.get(attr);
      if (value === undefined || value === '') add(line, `<${name}> ${attr}`, 'is missing', `add ${attr}="…"`);
      return value || undefined;
    };
    const roleExists = (id: string | undefined, attr = 'role') => {
      if (id !== undefined && !site.roles.has(id)) {
        add(line, `<${name}> ${attr}`, `"${id}" is not a role`, `use a file name from content/roles/ without .mdx: ${[...site.roles.keys()].join(', ')}`);
        return false;
      }
      return id !== undefined;
    };
    switch (name) {
      case 'RoleLink':
      case 'RoleCard':
      case 'SalaryTable':
        roleExists(need('role'));
        break;
      case 'GuideLink': {
        const guide = need('guide');
        if (guide && !site.guides.has(guide)) add(line, '<GuideLink> guide', `"${guide}" is not a published guide`, `use one of ${[...site.guides].join(', ')}`);
        break;
      }
      case 'Cite': {
        const source = need('source');
        if (source && !site.sources.has(source)) {
          add(line, '<Cite> source', `"${source}" is not a source`, `use one of ${[...site.sources].join(', ')}, or add content/sources/${source}.yaml`);
        } else if (source && file.collection === 'roles' && site.roles.get(file.id)?.sources.has(source) === false) {
          add(line, '<Cite> source', `"${source}" is cited in the text but not listed in this role's "sources"`, `add ${source} to sources in the frontmatter`);
        }
        break;
      }
      case 'SalaryFigure':
      case 'OutlookFigure': {
        const role = need('role');
        const id = need('id');
        if (roleExists(role) && id) {
          const figures = site.roles.get(role!)?.[name === 'SalaryFigure' ? 'salaries' : 'outlook'];
          if (figures && !figures.has(id)) add(line, `<${name}> id`, `${role} has no ${name === 'SalaryFigure' ? 'salary' : 'outlook'} figure "${id}"`, `use one of ${[...figures].join(', ') || '(none yet)'}`);
        }
        break;
      }
      case 'CompareRoles': {
        const value = need('roles');
        const ids = value ? parseIdList(value) : undefined;
        if (value && !ids) add(line, '<CompareRoles> roles', 'is not a list of role ids', 'write roles={["backend-developer", "frontend-developer"]}');
        ids?.forEach((id) => roleExists(id, 'roles'));
        break;
      }
    }
  }
  return problems;
}
