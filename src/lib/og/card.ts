import { formatDate } from '../page/dates.ts';
import { formatSalary, levelLabel, regionName, yearLabel } from '../figures/figure-format.ts';
import { headlinePay } from '../figures/headline.ts';
import type { GuideEntry } from '../model/entries.ts';
import type { Role, SiteData } from '../model/role-types.ts';

/** Every preview image is this size: the one Open Graph and Twitter crop least. */
export const cardSize = { width: 1200, height: 630 } as const;

/** What a preview image says, as data: the endpoint draws it and the page uses it for og:image:alt. */
export interface Card {
  /** Small label beside the site name: the role family, or "Guide". */
  eyebrow?: string;
  title: string;
  summary: string;
  /** The figure the card leads with, when there is one. */
  highlight?: { label: string; value: string; detail: string; source?: string };
  siteName: string;
}

const payLabels = { median: 'Median pay', average: 'Average pay', range: 'Pay range' } as const;

/** A role's card: family, title, summary and the same headline salary as the "At a glance" box. */
export function roleCard(role: Pick<Role, 'entry' | 'family' | 'salaries'>, siteName: string): Card {
  const headline = headlinePay(role);
  const figure = headline?.figure;
  const { data } = role.entry;
  return {
    eyebrow: role.family.data.name,
    title: data.title,
    summary: data.summary,
    // Like the page, the card says so when no source gives a figure, and never estimates one.
    highlight: figure
      ? {
          label: payLabels[figure.statistic],
          value: formatSalary(figure),
          // A group's figure names the group first, as the page does: never a bare "Median pay" for a CTO.
          detail: [
            headline?.group,
            figure.level === 'all' ? undefined : levelLabel(figure.level),
            regionName(figure.region),
            figure.asOf ?? yearLabel(figure.year),
          ]
            .filter(Boolean)
            .join(' · '),
          source: figure.source.data.shortName ?? figure.source.data.publisher,
        }
      : { label: 'Pay', value: 'No sourced figure yet', detail: 'Duties, skills, routes in and career path' },
    siteName,
  };
}

/** A guide's card: title, description, and when it was published or last updated. */
export function guideCard(guide: Pick<GuideEntry, 'data'>, siteName: string): Card {
  const { data } = guide;
  return {
    eyebrow: 'Guide',
    title: data.title,
    summary: data.description,
    highlight: {
      label: data.updated ? 'Updated' : 'Published',
      value: formatDate(data.updated ?? data.published),
      detail: `By ${data.author}`,
    },
    siteName,
  };
}

/** What the site holds, counted from the content: the default card leads with it. */
export interface SiteCounts {
  roles: number;
  guides: number;
  sources: number;
}

export function siteCounts(site: Pick<SiteData, 'roles' | 'guides' | 'sources'>): SiteCounts {
  return { roles: site.roles.size, guides: site.guides.length, sources: site.sources.size };
}

/** The card for every other page: what the site is and how much it holds. */
export function siteCard(site: { name: string; tagline: string; description: string }, counts: SiteCounts): Card {
  return {
    title: site.tagline,
    summary: site.description,
    highlight: {
      label: 'Inside',
      value: `${counts.roles} role profiles`,
      detail: `${counts.guides} guides · ${counts.sources} cited sources`,
    },
    siteName: site.name,
  };
}

/** The image's alt text says what the card says, so a reader who cannot see it loses nothing. */
export function cardAlt(card: Card): string {
  const source = card.highlight?.source ? `; source: ${card.highlight.source}` : '';
  const highlight = card.highlight
    ? ` ${card.highlight.label}: ${card.highlight.value} (${card.highlight.detail}${source}).`
    : '';
  const eyebrow = card.eyebrow ? `${card.eyebrow}: ` : '';
  return `${card.siteName} card. ${eyebrow}${card.title}.${highlight}`;
}
