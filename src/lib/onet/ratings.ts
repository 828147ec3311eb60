import type { OnetData, OnetOccupation } from './types.ts';

/** One skill or knowledge area as a page or chart shows it. */
export interface RatedElement {
  elementId: string;
  name: string;
  /** Importance on O*NET's 1–5 scale (IM). */
  importance: number;
  /** Level on O*NET's 0–7 scale (LV), when O*NET gives one that may be shown. */
  level?: number;
  date: string;
  domainSource: string;
}

/**
 * The skills or knowledge areas that matter most to an occupation: by importance, then level, then name.
 * A value O*NET recommends suppressing is never a figure: an element whose importance is suppressed is
 * left out, and a suppressed or not-relevant level is left blank.
 */
export function topRatings(
  data: OnetData,
  occupation: OnetOccupation,
  domain: 'skills' | 'knowledge',
  limit = 10,
): RatedElement[] {
  return occupation[domain]
    .flatMap((rating): RatedElement[] => {
      const { importance, level } = rating;
      if (!importance || importance.suppress) return [];
      const showLevel = level && !level.suppress && !level.notRelevant;
      return [
        {
          elementId: rating.elementId,
          name: data.elements.get(rating.elementId)?.name ?? rating.elementId,
          importance: importance.value,
          ...(showLevel ? { level: level.value } : {}),
          date: importance.date,
          domainSource: importance.domainSource,
        },
      ];
    })
    .sort((a, b) => b.importance - a.importance || (b.level ?? -1) - (a.level ?? -1) || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** Whether O*NET rates the occupation's skills at all ("All Other" occupations are not rated). */
export const isRated = (occupation: OnetOccupation) => occupation.skills.some((r) => r.importance !== undefined);
