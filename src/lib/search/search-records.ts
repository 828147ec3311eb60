import { formatDate, isoDate } from '../page/dates.ts';
import { formatSalary, regionName, statisticLabel, yearLabel } from '../figures/figure-format.ts';
import { headlinePay } from '../figures/headline.ts';
import { pageTypes, type FacetKey } from './search-filters.ts';
import type { GuideEntry } from '../model/entries.ts';
import type { Role } from '../model/role-types.ts';
import { searchTitles } from '../onet/titles.ts';

/**
 * What the search index stores about one page beyond its text: facet values,
 * metadata shown in results, and the sort key. Built from the typed content only,
 * so a title or figure is never typed twice.
 */
export interface SearchRecord {
  filters: Partial<Record<FacetKey, string[]>>;
  meta: {
    title: string;
    /** Every name the role goes by, title first: searched as metadata and weighted above body text. */
    names?: string;
    /** The alternate titles O*NET gives the role's occupations, searched a little below the role's own names. */
    alsoCalled?: string;
    /**
     * The names of the technologies a role lists, then those O*NET lists for its occupations that have no page
     * of their own, searched as metadata so a technology's name finds the roles that use it. A technology with
     * a page is found through that page, which lists every role that uses it and ranks first for its name.
     */
    technologies?: string;
    type: string;
    summary: string;
    /** "Last reviewed November 23, 2026" */
    updated: string;
    family?: string;
    /**
     * The role's headline pay, worded as on its page: "$132,270 a year, median, United States, 2023", led by
     * the group it counts when that is wider than the role ("CTOs are counted among …: $164,070 a year, …").
     */
    pay?: string;
  };
  /** ISO date of the last review or update: newest first when readers sort by date. */
  sort: { updated: string };
}

const unique = (values: readonly string[]) => [...new Set(values)];

/**
 * `onetExamplesWithPage`: O*NET's names of the technologies that have a page (onetExamplesWithPage in
 * onet/technology-pages.ts). Naming them in every role's record too made O*NET's hundreds of technologies a
 * role most of the index's metadata, and most of Pagefind's memory past its page text (issue 19).
 */
export function roleSearchRecord(
  role: Pick<Role, 'entry' | 'family' | 'salaries' | 'technologies'> & Partial<Pick<Role, 'onet'>>,
  onetExamplesWithPage: ReadonlySet<string>,
): SearchRecord {
  const { data } = role.entry;
  const headline = headlinePay(role);
  const salary = headline?.figure;
  // The canonical names from content/technologies.yaml: the filter's values are the same on every page.
  const technologies = unique(role.technologies.map(({ technology }) => technology.data.name));
  const names = [data.title, ...data.aliases];
  const own = new Set(names.map((n) => n.toLowerCase()));
  const alsoCalled = unique((role.onet ?? []).flatMap(searchTitles)).filter((t) => !own.has(t.toLowerCase()));
  // O*NET's technologies are searched, not offered as filter values: hundreds would swamp the facet.
  const searchedTechnologies = unique([
    ...technologies,
    ...(role.onet ?? []).flatMap((o) =>
      o.technologies.map((t) => t.example).filter((example) => !onetExamplesWithPage.has(example)),
    ),
  ]);
  return {
    filters: {
      type: [pageTypes.role],
      family: [role.family.data.name],
      region: unique(role.salaries.map((figure) => regionName(figure.region))).sort(),
      technology: technologies,
    },
    meta: {
      title: data.title,
      names: names.join('; '),
      alsoCalled: alsoCalled.length > 0 ? alsoCalled.join('; ') : undefined,
      technologies: searchedTechnologies.length > 0 ? searchedTechnologies.join('; ') : undefined,
      type: pageTypes.role,
      summary: data.summary,
      updated: `Last reviewed ${formatDate(data.lastReviewed)}`,
      family: role.family.data.name,
      pay: salary
        ? `${headline?.group ? `${headline.group}: ` : ''}${formatSalary(salary)}, ${statisticLabel(salary.statistic).toLowerCase()}, ${regionName(salary.region)}, ${salary.asOf ?? yearLabel(salary.year).toLowerCase()}`
        : undefined,
    },
    sort: { updated: isoDate(data.lastReviewed) },
  };
}

export function guideSearchRecord(guide: Pick<GuideEntry, 'data'>): SearchRecord {
  const { data } = guide;
  const date = data.updated ?? data.published;
  return {
    filters: { type: [pageTypes.guide] },
    meta: {
      title: data.title,
      type: pageTypes.guide,
      summary: data.description,
      updated: `${data.updated ? 'Updated' : 'Published'} ${formatDate(date)}`,
    },
    sort: { updated: isoDate(date) },
  };
}

/**
 * The hidden block SearchData.astro renders for Pagefind (marked `data-search-record`), taken out of
 * a built page once the index is written. It only contains <span>s, so the first </div> closes it.
 */
const searchRecordBlock = /<div\b[^>]*\sdata-search-record(?:=(?:""|''))?(?=[\s>])[^>]*>[\s\S]*?<\/div>/g;

/** The page without its search-record block, and how many blocks were taken out. */
export function withoutSearchRecord(html: string): { html: string; removed: number } {
  let removed = 0;
  const out = html.replace(searchRecordBlock, () => {
    removed += 1;
    return '';
  });
  return { html: out, removed };
}

/**
 * A page generated from the data (a technology, a comparison): its type, title and description, and
 * the date of the newest content it is built from, so sorting by update treats it like the rest.
 */
export function generatedPageRecord(page: {
  type: (typeof pageTypes)['technology' | 'comparison'];
  title: string;
  summary: string;
  updated: Date;
}): SearchRecord {
  return {
    filters: { type: [page.type] },
    meta: { title: page.title, type: page.type, summary: page.summary, updated: `Updated ${formatDate(page.updated)}` },
    sort: { updated: isoDate(page.updated) },
  };
}
