import { onetSelection } from './open-data.ts';
import { onetRounding } from './rounding.ts';

/**
 * What the site does to O*NET's data before showing it, in plain words: the licence asks a site that
 * modifies the data to say so, and /data/ lists how. Computed from onetSelection, so the list and the
 * pages cannot drift apart.
 */
export function onetChanges(): string[] {
  return [
    `Selection: the site keeps only the occupations its roles map to, and for each the ${onetSelection.skills} skills and ${onetSelection.knowledge} knowledge areas O*NET rates most important, its ${onetSelection.similarOccupations} closest related occupations, its technologies, job zone, alternate titles and its education, experience and training shares.`,
    'Left out: every value O*NET recommends suppressing, and all of its descriptions and task statements; category labels are shortened to their name.',
    `Rounding: pages round shares to ${onetRounding.percentDigits === 0 ? 'whole percents' : `${onetRounding.percentDigits} decimals`} and ratings to ${onetRounding.ratingDigits} decimal${onetRounding.ratingDigits === 1 ? '' : 's'}; the JSON and CSV files keep the values as O*NET gives them.`,
    "Merging: a technology O*NET lists under a name the site already has (by name or alias) becomes one entry with the site's, keeping O*NET's Hot Technology and In Demand flags.",
    "Substitutes: where O*NET rates no skills for a role's occupation, the site shows the nearest rated occupation and says so.",
    'Dates are written year-month (2025-08) rather than month/year.',
  ];
}
