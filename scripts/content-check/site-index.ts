import GithubSlugger from 'github-slugger';
import type { ParsedContent } from './schema-rules.ts';

/** The section anchors every role page has besides its body headings (see src/layouts/RoleLayout.astro). */
export const roleSectionAnchors = [
  'at-a-glance', 'toc-title', 'duties', 'problems', 'skills', 'technologies', 'education', 'work-environment',
  'salary', 'outlook', 'progression', 'related-roles', 'faq', 'sources',
];
export const guideSectionAnchors = ['sources', 'roles-in-this-guide'];

/** What the built site will contain: pages, their anchors, and figure ids per role. */
export interface SiteIndex {
  pages: Map<string, Set<string>>;
  /** Every role file; its facts are undefined when its frontmatter is invalid (that error is reported on its own). */
  roles: Map<string, { salaries: Set<string>; outlook: Set<string>; sources: Set<string> } | undefined>;
  guides: Set<string>;
  sources: Set<string>;
}

/** Heading anchors of an MDX body, slugged exactly as Astro does. */
export function headingSlugs(body: string): string[] {
  const slugger = new GithubSlugger();
  const slugs: string[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) slugs.push(slugger.slug(m[2]!.replace(/<[^>]+>/g, '').replace(/[*_`]/g, '')));
  }
  return slugs;
}

export function buildSiteIndex(parsed: ParsedContent[]): SiteIndex {
  const pages = new Map<string, Set<string>>();
  for (const path of ['/', '/roles/', '/guides/', '/search/']) pages.set(path, new Set());
  const roles: SiteIndex['roles'] = new Map();
  const guides = new Set<string>();
  const sources = new Set<string>();
  for (const { file, data } of parsed) {
    if (file.collection === 'sources') sources.add(file.id);
    if (file.collection === 'roles') {
      pages.set(`/roles/${file.id}/`, new Set([...roleSectionAnchors, ...headingSlugs(file.body)]));
      const ids = (key: string) => new Set(((data?.[key] as { id: string }[] | undefined) ?? []).map((f) => f.id));
      roles.set(file.id, data && { salaries: ids('salaries'), outlook: ids('outlook'), sources: ids('sources') });
    }
    if (file.collection === 'guides' && data?.draft !== true) {
      guides.add(file.id);
      pages.set(`/guides/${file.id}/`, new Set([...guideSectionAnchors, ...headingSlugs(file.body)]));
    }
  }
  return { pages, roles, guides, sources };
}
