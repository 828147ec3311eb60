import { closest } from './schema-rules.ts';
import { classify, isDangerousUrl, type Body } from './mdx-body.ts';

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

const linkFix = 'fix the address, or link a role with <RoleLink role="…" /> and a guide with <GuideLink guide="…" />';

/** A page's sections come from its entry's data: unknown while the entry fails its schema. */
function anchorsUnknown({ skips, file }: Body, page: string): boolean {
  const [, collection, id = ''] = /^\/(roles|guides)\/([^/]+)\/$/.exec(page) ?? [];
  return (collection === 'roles' || collection === 'guides') && skips.skip(collection, id, file.path);
}

/** A link or image address: never script, and on this site only pages and files that exist. */
export function checkUrl(body: Body, url: string, line: number, field: string, what: 'link' | 'image') {
  const { add, site, ownAnchors, pagePath } = body;
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
    if (anchor && !ownAnchors.has(anchor) && !anchorsUnknown(body, pagePath))
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
  if (anchor && !anchors.has(anchor) && !anchorsUnknown(body, target))
    add(
      line,
      field,
      `the link "${url}" points to a section "#${anchor}" that "${target}" does not have`,
      anchorFix(anchor, anchors),
    );
}
