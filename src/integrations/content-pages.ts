// Which built page each content file becomes, and the date it was last reviewed or updated.
// Read from the content files' frontmatter at config time (no Astro runtime), for the sitemap's
// lastmod and for the build check's "where to fix it" hints.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { contentExtensions, filesIn } from '../../scripts/content-check/load.ts';

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
}

function dateOf(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const newest = (dates: (Date | undefined)[]) =>
  dates.reduce<Date | undefined>((a, b) => (b && (!a || b > a) ? b : a), undefined);

/** The fields this file needs from a page's frontmatter: plain values on top-level lines. */
const wanted = ['lastReviewed', 'updated', 'published', 'draft'];

/**
 * Those fields of an MDX file's frontmatter. A top-level key starts its line in YAML, so each is read
 * from its own line without parsing the rest: a profile's frontmatter is long, and parsing all of it
 * again for three dates cost about 50 ms a page (the content check, which runs first, reads it whole).
 * A value not on its key's line falls back to parsing the whole frontmatter.
 */
export function frontmatterFields(text: string): Record<string, unknown> {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const fields: Record<string, unknown> = {};
  for (const [, key = '', value = ''] of frontmatter.matchAll(/^([A-Za-z]+):[ \t]*(.*?)[ \t]*\r?$/gm)) {
    if (!wanted.includes(key)) continue;
    if (value === '' || /^[|>&*!]/.test(value)) return (parse(frontmatter) ?? {}) as Record<string, unknown>;
    fields[key] = parse(value);
  }
  return fields;
}

/** Every content page, plus the listing pages, whose date is that of their newest entry. */
export function contentPages(contentDir: string, root: string): Map<string, ContentPage> {
  const pages = new Map<string, ContentPage>();
  const files = (['roles', 'guides'] as const).flatMap((collection) =>
    filesIn(join(contentDir, collection))
      .filter((name) => name.endsWith(contentExtensions[collection]))
      .map((name) => ({ collection, name, full: join(contentDir, collection, name) })),
  );
  for (const { collection, name, full } of files) {
    const id = name.replace(/\.[^.]+$/, '');
    const file = relative(root, full);
    const data = frontmatterFields(readFileSync(full, 'utf8'));
    if (collection === 'roles') {
      pages.set(`roles/${id}/`, {
        path: `roles/${id}/`,
        file,
        titleField: 'title',
        descriptionField: 'summary',
        date: dateOf(data.lastReviewed),
      });
    } else if (collection === 'guides' && data.draft !== true) {
      pages.set(`guides/${id}/`, {
        path: `guides/${id}/`,
        file,
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
  ];
  for (const listing of listings)
    pages.set(listing.path, { ...listing, titleField: 'title', descriptionField: 'description' });
  return pages;
}
