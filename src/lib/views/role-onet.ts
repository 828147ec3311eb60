import {
  creditLines,
  jobZoneOf,
  mergedTechnologies,
  occupationOf,
  onetRounding,
  pageTitles,
  ratedOccupationFor,
  routesIn,
  searchTitles,
  similarOccupations,
  technologyKey,
  topRatings,
  type EditorialTechnology,
  type JobZone,
  type OnetData,
  type OnetMapping,
  type RatedElement,
  type RouteDistribution,
} from '../onet/index.ts';

/**
 * The O*NET part of a role page (issue 17 item 3), derived from the role's `onetOccupations` mapping:
 * what the sections "What the work asks for", "Technologies", "Routes in" and "Similar occupations", the
 * at-a-glance box and the credit show. Pure, so its test reads it without a build.
 */

/** What the site knows beyond O*NET, for links and merging. */
export interface OnetSiteContext {
  data: OnetData;
  catalogue: readonly EditorialTechnology[];
  /** The site's roles mapped to each O*NET code (rolesByOnetCode). */
  roleIdsByCode: ReadonlyMap<string, readonly string[]>;
  /** The technologies that have a page (technologyPageIds: hasTechnologyPage over every role). */
  technologyPages: ReadonlyMap<string, string>;
  /** O*NET's names of the technologies that have a page (onetExamplesWithPage): left out of roles' search records. */
  onetExamplesWithPage: ReadonlySet<string>;
  siteName: string;
  /** URLs, so this module stays free of the site's base path. */
  roleHref: (id: string) => string;
  technologyHref: (id: string) => string;
}

export interface RatingRow {
  name: string;
  /** Rounded as the page shows it (onetRounding.ratingDigits). */
  importance: string;
  level?: string | undefined;
}

export interface RouteRow {
  label: string;
  /** Whole percent as shown; undefined when O*NET recommends suppressing the share. */
  percent?: number | undefined;
  /** The unrounded share, for the bar's length. */
  exact?: number | undefined;
}

export interface RouteChart {
  id: 'education' | 'experience' | 'training';
  title: string;
  rows: RouteRow[];
  /** Categories left out because their share rounds to 0 %. */
  zeroCategories: number;
}

export interface TechnologyChip {
  name: string;
  href?: string | undefined;
  hot: boolean;
  inDemand: boolean;
}

/**
 * O*NET lists hundreds of technologies for some occupations (429 for software developers) and a role page
 * has a byte budget: the page shows the role's own entries and the first of O*NET's both Hot and In demand
 * (onetPageLimits.technologies, in O*NET's order), and counts the rest, which the role's data file lists in full.
 */
function shownTechnologies<T extends { hot: boolean; inDemand: boolean; editorial: boolean }>(all: T[]): Set<T> {
  const flagged = all.filter((t) => !t.editorial && t.hot && t.inDemand).slice(0, onetPageLimits.technologies);
  return new Set([...all.filter((t) => t.editorial), ...flagged]);
}

/** How many of O*NET's ratings and related occupations the page lists (the data file keeps onetSelection's). */
export const onetPageLimits = { skills: 10, knowledge: 5, similar: 6, technologies: 12 } as const;

export interface RoleOnetView {
  /** O*NET's occupation, with what the role has to do with it, in plain words. */
  occupation: { code: string; title: string; describes: string };
  /** Said when O*NET rates no skill for the role's occupation and the ratings shown are another's. */
  substituteNote?: string | undefined;
  /** Whose ratings and routes the page shows ("software developers"). */
  ratedTitle?: string | undefined;
  skills: RatingRow[];
  knowledge: RatingRow[];
  routes: RouteChart[];
  routesSentence?: string | undefined;
  jobZone?: JobZone | undefined;
  technologyGroups: { category: string; chips: TechnologyChip[] }[];
  /** O*NET's technologies not shown on the page, and how many of those are Hot. */
  moreTechnologies: { count: number; hot: number };
  alsoCalled: string[];
  /** Every alternate title: search metadata. */
  searchTitles: string[];
  similar: { title: string; href?: string | undefined }[];
  credit: string;
  modified: string;
}

const relationWords = {
  is: (title: string) => `The role is this occupation, ${title}.`,
  'counted-under': (title: string) => `The role is counted under ${title}: the values describe that whole occupation.`,
  'part-of': (title: string) => `The role is one of the jobs in ${title}: the values describe the whole occupation.`,
} as const;

const rating = (value: number) => value.toFixed(onetRounding.ratingDigits);
const ratingRows = (rows: RatedElement[]): RatingRow[] =>
  rows.map((r) => ({
    name: r.name,
    importance: rating(r.importance),
    level: r.level === undefined ? undefined : rating(r.level),
  }));

/**
 * O*NET's category label, short enough for a chart row and a list: "Over 2 years, up to and including 4
 * years" → "2–4 years", "Bachelor's Degree" → "bachelor's degree".
 */
export function shortRouteLabel(label: string): string {
  const text = label
    .replace(/\s*\(.*\)$/, '')
    .replace(/^Anything beyond short demonstration, up to and including/i, 'Up to and including');
  const range = /^Over (\d+) (month|year)s?, up to and including (\d+) (month|year)s?$/i.exec(text);
  if (range) {
    const [, from, fromUnit, to, toUnit] = range;
    const unit = (count: string, name: string) => `${name.toLowerCase()}${count === '1' ? '' : 's'}`;
    return fromUnit!.toLowerCase() === toUnit!.toLowerCase()
      ? `${from}–${to} ${unit(to!, toUnit!)}`
      : `${from} ${unit(from!, fromUnit!)}–${to} ${unit(to!, toUnit!)}`;
  }
  return text.replace(/^Up to and including/i, 'up to').toLowerCase();
}

function routeChart(id: RouteChart['id'], title: string, d: RouteDistribution | undefined): RouteChart | undefined {
  if (!d) return undefined;
  const rounded = d.shares.map((s) => ({
    label: shortRouteLabel(s.label),
    percent: s.percent === undefined ? undefined : Number(s.percent.toFixed(onetRounding.percentDigits)),
    exact: s.percent,
  }));
  // A share that rounds to 0 % says nothing a reader can use: counted in one line instead of a row.
  const rows = rounded.filter((r) => r.percent !== 0);
  return { id, title, rows, zeroCategories: rounded.length - rows.length };
}

const mergeSameCategory = (groups: { category: string; chips: TechnologyChip[] }[]) => {
  const byName = new Map<string, TechnologyChip[]>();
  for (const g of groups) byName.set(g.category, [...(byName.get(g.category) ?? []), ...g.chips]);
  return [...byName].map(([category, chips]) => ({ category, chips }));
};

/** A resolved role, as far as its O*NET view needs it. */
export interface OnetViewRole {
  entry: { data: { title: string; onetOccupations: readonly OnetMapping[] } };
  technologies: readonly { technology: { id: string } }[];
}

const viewsBySite = new WeakMap<OnetSiteContext, WeakMap<OnetViewRole, RoleOnetView | undefined>>();

/**
 * A role's O*NET view, made once per build and role: its page and its two kinds of chart file each asked for it,
 * and the charts' routes keep what they were given until the build ends.
 */
export function roleOnetViewOf(site: OnetSiteContext, role: OnetViewRole): RoleOnetView | undefined {
  let views = viewsBySite.get(site);
  if (!views) viewsBySite.set(site, (views = new WeakMap()));
  if (!views.has(role)) {
    const { data } = role.entry;
    views.set(
      role,
      roleOnetView(site, {
        title: data.title,
        mappings: data.onetOccupations,
        technologyIds: role.technologies.map((t) => t.technology.id),
      }),
    );
  }
  return views.get(role);
}

/** The O*NET part of a role's page, from its first mapping; undefined for a role that maps to none. */
export function roleOnetView(
  site: OnetSiteContext,
  role: { title: string; mappings: readonly OnetMapping[]; technologyIds: readonly string[] },
): RoleOnetView | undefined {
  const mapping = role.mappings[0];
  if (!mapping) return undefined;
  const { data } = site;
  const own = occupationOf(data, mapping.code);
  const rated = ratedOccupationFor(data, own);
  const source = rated?.occupation;
  const routes = source ? routesIn(data, source) : {};
  const { credit, modified } = creditLines(data.release, site.siteName);
  const substituteNote = !rated
    ? `O*NET rates no skills, knowledge or routes in for ${own.title}, nor for any occupation close to it.`
    : rated.substitute
      ? `O*NET rates no skills, knowledge or routes in for ${own.title}; the ratings and routes below are those of the nearest occupation it does rate, ${rated.occupation.title} (${rated.occupation.code}).`
      : undefined;
  const merged = mergedTechnologies(own, site.catalogue, role.technologyIds);
  const all = merged.flatMap((g) => g.technologies);
  const shown = shownTechnologies(all);
  const hidden = all.filter((t) => !shown.has(t));
  const chips = (group: (typeof merged)[number]) =>
    group.technologies
      .filter((t) => shown.has(t))
      .map((t) => {
        const id = site.technologyPages.get(technologyKey(t));
        return {
          name: t.name,
          href: id === undefined ? undefined : site.technologyHref(id),
          hot: t.hot,
          inDemand: t.inDemand,
        };
      });
  return {
    occupation: {
      code: own.code,
      title: own.title,
      describes: [relationWords[mapping.relation](own.title), mapping.note].filter(Boolean).join(' '),
    },
    substituteNote,
    ratedTitle: source?.title,
    skills: source ? ratingRows(topRatings(data, source, 'skills', onetPageLimits.skills)) : [],
    knowledge: source ? ratingRows(topRatings(data, source, 'knowledge', onetPageLimits.knowledge)) : [],
    routes: [
      routeChart('education', 'Education', routes.education),
      routeChart('experience', 'Related work experience', routes.experience),
      routeChart('training', 'On-the-job training', routes.onTheJobTraining),
    ].filter((c) => c !== undefined),
    routesSentence: routes.sentence,
    jobZone: jobZoneOf(data, own),
    technologyGroups: mergeSameCategory(
      merged
        .map((g) => ({
          // Editorial entries O*NET does not list go together: one heading, not one per site category.
          category: g.fromOnet ? g.category : 'Named by our sources, not by O*NET',
          chips: chips(g),
        }))
        .filter((g) => g.chips.length > 0),
    ),
    moreTechnologies: { count: hidden.length, hot: hidden.filter((t) => t.hot).length },
    // O*NET's other names for its occupation are the role's only when the role is that occupation: for a
    // role that is one job of a wider one they name other jobs ("Game Engineer" is not an SRE, "CISO" not a CTO).
    alsoCalled: mapping.relation === 'is' ? pageTitles(own, role.title) : [],
    searchTitles: searchTitles(own),
    similar: similarOccupations(data, own, site.roleIdsByCode, onetPageLimits.similar).map((s) => ({
      title: s.title ?? s.code,
      href: s.roleIds[0] ? site.roleHref(s.roleIds[0]) : undefined,
    })),
    credit,
    modified,
  };
}

/** The routes chart's panels: the same rows, rounded the same way, as the page's lists. */
export const routesChartPanels = (view: RoleOnetView) => view.routes.map((r) => ({ title: r.title, rows: r.rows }));

export const routesChartTitle = (roleTitle: string) => `${roleTitle}: routes in, by share of workers`;

/** The chart's panels: the same rows, rounded the same way, as the page's table. */
export const skillsChartPanels = (view: RoleOnetView) => [
  { title: 'Skills', rows: view.skills },
  { title: 'Knowledge', rows: view.knowledge },
];

export const skillsChartTitle = (roleTitle: string) => `${roleTitle}: the skills and knowledge O*NET rates highest`;

/** The role's own aliases, then O*NET's titles it does not already give, up to `limit` names in all. */
export function alsoCalled(aliases: readonly string[], onet: RoleOnetView | undefined, limit = 6): string[] {
  const seen = new Set<string>();
  return [...aliases, ...(onet?.alsoCalled ?? [])]
    .filter((name) => !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()))
    .slice(0, Math.max(limit, aliases.length));
}
