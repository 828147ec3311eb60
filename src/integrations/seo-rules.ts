import { briefProfileAttribute } from '../sitemap-policy.ts';
import { readHead } from './html-head.ts';

export interface BuiltPage {
  /** The file in dist/ ("roles/cto/index.html"). */
  file: string;
  html: string;
  /** Where its title and description are written, for the fix hint. */
  source: { file: string; titleField: string; descriptionField: string };
}

export interface PageProblem {
  page: string;
  source: string;
  what: string;
  fix: string;
}

export const descriptionLength = { min: 50, max: 160 } as const;

/** Tags every indexable page must carry, so link previews and crawlers always find them. */
export const requiredMeta = [
  'og:title',
  'og:description',
  'og:type',
  'og:url',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
  'twitter:card',
];

/**
 * What makes a built page a correct landing page: exactly one title, description, canonical
 * and h1; a description of 50–160 characters; titles and descriptions unique across the site;
 * the sharing tags; JSON-LD that parses; noindex on exactly the pages the sitemap policy names.
 */
export function checkBuiltPages(pages: Iterable<BuiltPage>, noindexFiles: Record<string, string>): PageProblem[] {
  const problems: PageProblem[] = [];
  const firstWith = { title: new Map<string, string>(), description: new Map<string, string>() };

  for (const page of pages) {
    const head = readHead(page.html);
    const { titleField, descriptionField } = page.source;
    const at = (field: string) => `${page.source.file}  ${field}`;
    const problem = (where: string, what: string, fix: string) =>
      problems.push({ page: page.file, source: where, what, fix });
    const once = (found: number, what: string, where: string, fix: string) => {
      if (found !== 1) problem(where, `has ${found} ${what} (expected exactly 1)`, fix);
    };

    once(head.titles.length, '<title> elements', at(titleField), 'give BaseLayout a `title` and add no other <title>');
    once(
      head.descriptions.length,
      'meta descriptions',
      at(descriptionField),
      'give BaseLayout a `description` and add no other description tag',
    );
    once(
      head.canonicals.length,
      'canonical links',
      'src/layouts/BaseLayout.astro',
      'let BaseLayout write the only <link rel="canonical">',
    );
    once(
      head.h1Count,
      '<h1> headings',
      page.source.file,
      'keep one <h1>, the page title, and use <h2> and below for sections (also in the MDX body: "##", not "#")',
    );

    const description = head.descriptions[0];
    if (description !== undefined) {
      const { length } = [...description];
      if (length < descriptionLength.min || length > descriptionLength.max) {
        problem(
          at(descriptionField),
          `description is ${length} characters, outside ${descriptionLength.min}–${descriptionLength.max}`,
          length < descriptionLength.min
            ? 'write a fuller sentence of at least 50 characters'
            : 'shorten it to 160 characters or fewer: search results cut off the rest',
        );
      }
    }
    for (const [kind, value, field] of [
      ['title', head.titles[0], titleField],
      ['description', description, descriptionField],
    ] as const) {
      if (value === undefined) continue;
      const key = value.trim().toLowerCase();
      const first = firstWith[kind].get(key);
      if (first)
        problem(
          at(field),
          `has the same ${kind} as ${first}: "${value}"`,
          `make it unique: search engines and readers tell pages apart by their ${kind}`,
        );
      else firstWith[kind].set(key, page.file);
    }

    for (const name of requiredMeta) {
      if (!head.meta.get(name)?.[0])
        problem(
          'src/lib/page/head.ts',
          `has no ${name} tag`,
          'pass BaseLayout an image (or let it use the site card) so headTags() writes every sharing tag',
        );
    }
    head.jsonLd.forEach((text, index) => {
      try {
        JSON.parse(text);
      } catch (error) {
        problem(
          'src/lib/jsonld/',
          `JSON-LD block ${index + 1} does not parse (${(error as Error).message})`,
          'build structured data with the functions in src/lib/jsonld/ and render it with serializeJsonLd()',
        );
      }
    });

    const noindex = head.robots.some((content) => /\bnoindex\b/i.test(content));
    // A brief role profile is noindex until its sources cover more: it says so on the page.
    const brief = page.html.includes(briefProfileAttribute);
    if (brief && !noindex)
      problem(
        page.source.file,
        'is marked a brief profile but has no robots noindex tag',
        'pass `noindex` from roleCompleteness(role).brief to BaseLayout, as src/layouts/RoleLayout.astro does',
      );
    const listed = page.file in noindexFiles || brief;
    if (noindex && !listed)
      problem(
        page.source.file,
        'is marked noindex but src/sitemap-policy.ts lists it in the sitemap',
        'add its file to noindexFiles in src/sitemap-policy.ts, or drop the noindex prop',
      );
    if (!noindex && listed)
      problem(
        page.source.file,
        'is in noindexFiles (src/sitemap-policy.ts) but has no robots noindex tag',
        'pass `noindex` to BaseLayout, or remove it from noindexFiles',
      );
  }
  return problems;
}

export function formatPageProblem(p: PageProblem): string {
  return `dist/${p.page} (${p.source})  ${p.what} — ${p.fix}`;
}
