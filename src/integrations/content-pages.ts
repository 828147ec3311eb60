// Which built page each content file becomes, and the date it was last reviewed or updated.
// Read from the content files' frontmatter at config time (no Astro runtime), for the sitemap's
// lastmod and for the build check's "where to fix it" hints.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { contentExtensions, filesIn } from '../lib/io/content-files.ts';
import { comparePairs } from '../lib/compare/role-pairs.ts';
import { mentionFinder } from '../lib/catalog/technology-usage.ts';
import type { TechnologyEntry } from '../lib/model/entries.ts';
import { changeLog } from '../lib/open-data/change-log.ts';
import { readGitHistory } from '../lib/io/git-history.ts';

const glossaryFile = 'src/lib/page/glossary.ts';

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

/** The frontmatter block at the start of an MDX file (fences included) and the YAML inside it. */
function frontmatterOf(text: string): { block: string; yaml: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return { block: match?.[0] ?? '', yaml: match?.[1] ?? '' };
}

/** The role fields the compare and technology pages are generated from. */
const linkFields = ['progression', 'related', 'compareWith', 'technologies'];

/**
 * Some top-level fields of a frontmatter, nested values included. Each key's block runs from its line to
 * the next line that starts a key, so only those lines are parsed, not the whole profile.
 */
export function frontmatterBlocks(yaml: string, keys: readonly string[]): Record<string, unknown> {
  const lines = yaml.split(/\r?\n/);
  const kept: string[] = [];
  let keep = false;
  for (const line of lines) {
    const key = /^([A-Za-z]+):/.exec(line)?.[1];
    if (key !== undefined) keep = keys.includes(key);
    else if (/^\S/.test(line) && !line.startsWith('#') && !line.startsWith('-')) keep = false;
    if (keep) kept.push(line);
  }
  return (parse(kept.join('\n')) ?? {}) as Record<string, unknown>;
}

/** Every content page, plus the listing pages, whose date is that of their newest entry. */
export function contentPages(contentDir: string, root: string): Map<string, ContentPage> {
  const pages = new Map<string, ContentPage>();
  const files = (['roles', 'guides'] as const).flatMap((collection) =>
    filesIn(join(contentDir, collection))
      .filter((name) => name.endsWith(contentExtensions[collection]))
      .map((name) => ({ collection, name, full: join(contentDir, collection, name) })),
  );
  // What the generated pages need of each role: its links and technologies (nested, so parsed whole).
  const roles: { id: string; data: Record<string, unknown> }[] = [];
  const guideBodies = new Map<string, string>();
  for (const { collection, name, full } of files) {
    const id = name.replace(/\.[^.]+$/, '');
    const file = relative(root, full);
    const text = readFileSync(full, 'utf8');
    const data = frontmatterFields(text);
    if (collection === 'guides') guideBodies.set(id, text.slice(frontmatterOf(text).block.length));
    if (collection === 'roles') {
      roles.push({ id, data: frontmatterBlocks(frontmatterOf(text).yaml, linkFields) });
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
  // Pages generated from the data are as current as the newest content they show.
  const ids = (list: unknown) =>
    (Array.isArray(list) ? list : []).flatMap((item: unknown) =>
      typeof item === 'string' ? [item] : item && typeof item === 'object' && 'id' in item ? [String(item.id)] : [],
    );
  const roleDate = (id: string) => pages.get(`roles/${id}/`)?.date;
  const generated = (path: string, file: string, date: Date | undefined) =>
    pages.set(path, { path, file, titleField: 'title', descriptionField: 'description', date });
  for (const pair of comparePairs(
    roles.map(({ id, data }) => {
      const progression = (data.progression ?? {}) as Record<string, unknown>;
      return {
        id,
        leadsTo: ids(progression.leadsTo),
        comesFrom: ids(progression.comesFrom),
        related: ids(data.related),
        compareWith: ids(data.compareWith),
      };
    }),
  ))
    generated(`compare/${pair.slug}/`, 'src/pages/compare/[pair].astro', newest([roleDate(pair.a), roleDate(pair.b)]));
  const technologiesFile = join(contentDir, 'technologies.yaml');
  const technologies = (
    filesIn(contentDir).includes('technologies.yaml') ? (parse(readFileSync(technologiesFile, 'utf8')) ?? []) : []
  ) as (Partial<TechnologyEntry['data']> & { id: string })[];
  const find = mentionFinder(
    technologies.map(({ id, aliases = [], ...data }) => ({ id, data: { ...data, aliases } }) as TechnologyEntry),
  );
  const guideMentions = [...guideBodies]
    .filter(([id]) => pages.has(`guides/${id}/`))
    .map(([id, body]) => ({ date: pages.get(`guides/${id}/`)!.date, mentions: find(body) }));
  const technologyId = (t: unknown) => {
    const named = (t as { technology?: unknown } | undefined)?.technology;
    return typeof named === 'string' ? named : (named as { id?: string } | undefined)?.id;
  };
  for (const technology of technologies) {
    const users = roles.filter(({ data }) =>
      (Array.isArray(data.technologies) ? data.technologies : []).some((t) => technologyId(t) === technology.id),
    );
    generated(
      `technologies/${technology.id}/`,
      'src/pages/technologies/[id].astro',
      newest([
        ...users.map(({ id }) => roleDate(id)),
        ...guideMentions.filter((g) => g.mentions.includes(technology.id)).map((g) => g.date),
      ]) ?? newest(roles.map(({ id }) => roleDate(id))),
    );
  }
  for (const listing of listingPages([...pages.values()], root))
    pages.set(listing.path, { ...listing, titleField: 'title', descriptionField: 'description' });
  return pages;
}

/** The pages that list others (and the glossary), each dated by the newest page it lists or its own history. */
function listingPages(all: ContentPage[], root: string): Pick<ContentPage, 'path' | 'file' | 'date'>[] {
  return [
    {
      path: 'technologies/',
      file: 'src/pages/technologies/index.astro',
      date: newest(all.filter((p) => p.path.startsWith('technologies/')).map((p) => p.date)),
    },
    {
      path: 'compare/',
      file: 'src/pages/compare/index.astro',
      date: newest(all.filter((p) => p.path.startsWith('compare/')).map((p) => p.date)),
    },
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
    // The glossary is written in code: its date is the last change to that file (the site's newest without history).
    {
      path: 'glossary/',
      file: 'src/pages/glossary.astro',
      date: dateOf(readGitHistory(root, glossaryFile).get(glossaryFile)?.[0]) ?? newest(all.map((p) => p.date)),
    },
  ];
}
