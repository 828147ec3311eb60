// Which built page each content file becomes, and the date it was last reviewed or updated.
// Read from the content files' frontmatter at config time (no Astro runtime), for the sitemap's
// lastmod and for the build check's "where to fix it" hints.
import { loadContent } from '../../scripts/content-check/load.ts';
import { completenessByRole } from '../../scripts/content-check/official.ts';
import { checkSchemas } from '../../scripts/content-check/schema-rules.ts';
import { changeLog } from '../lib/open-data/change-log.ts';
import { readGitHistory } from '../lib/page-history.ts';

export interface ContentPage {
  /** Path under the base path, as built: "roles/backend-developer/". */
  path: string;
  /** The file an editor changes, relative to the project root. */
  file: string;
  /** The frontmatter fields the page's <title> and meta description come from. */
  titleField: string;
  descriptionField: string;
  /** lastReviewed for a role, updated (or published) for a guide. */
  date?: Date;
  /** Why the page carries noindex and stays out of the sitemap, when it does (a brief role profile). */
  noindex?: string;
}

function dateOf(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const newest = (dates: (Date | undefined)[]) =>
  dates.reduce<Date | undefined>((a, b) => (b && (!a || b > a) ? b : a), undefined);

/** Every content page, plus the listing pages, whose date is that of their newest entry. */
export function contentPages(contentDir: string, root: string): Map<string, ContentPage> {
  const pages = new Map<string, ContentPage>();
  const files = loadContent(contentDir, root);
  // The same completeness the role page computes: a brief profile is kept out of search engines.
  const completeness = completenessByRole(checkSchemas(files).parsed);
  for (const file of files) {
    const data = (file.data ?? {}) as Record<string, unknown>;
    if (file.collection === 'roles') {
      pages.set(`roles/${file.id}/`, {
        path: `roles/${file.id}/`,
        file: file.path,
        titleField: 'title',
        descriptionField: 'summary',
        date: dateOf(data.lastReviewed),
        noindex: completeness.get(file.id)?.brief
          ? 'a brief profile: no figure and fewer than three sections its sources cover'
          : undefined,
      });
    } else if (file.collection === 'guides' && data.draft !== true) {
      pages.set(`guides/${file.id}/`, {
        path: `guides/${file.id}/`,
        file: file.path,
        titleField: 'title',
        descriptionField: 'description',
        date: dateOf(data.updated) ?? dateOf(data.published),
      });
    }
  }
  const all = [...pages.values()];
  const listings = [
    {
      path: 'roles/',
      file: 'src/pages/roles/index.astro',
      date: newest(all.filter((p) => p.path.startsWith('roles/')).map((p) => p.date)),
    },
    {
      path: 'guides/',
      file: 'src/pages/guides/index.astro',
      date: newest(all.filter((p) => p.path.startsWith('guides/')).map((p) => p.date)),
    },
    { path: '', file: 'src/pages/index.astro', date: newest(all.map((p) => p.date)) },
    // The open-data page shows the last day content/ changed, from the same history as its change log.
    {
      path: 'data/',
      file: 'src/pages/data/index.astro',
      date: dateOf(changeLog(readGitHistory(root))[0]?.date) ?? newest(all.map((p) => p.date)),
    },
  ];
  for (const listing of listings)
    pages.set(listing.path, { ...listing, titleField: 'title', descriptionField: 'description' });
  return pages;
}
