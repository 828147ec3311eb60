import { z } from 'astro/zod';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const currencies = new Set(Intl.supportedValuesOf('currency'));

/** True when `code` is an ISO 3166-1 alpha-2 country code that Intl knows by name. */
export function isKnownCountry(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  const name = regionNames.of(code);
  return name !== undefined && name !== code && name !== 'Unknown Region';
}

/** An ISO 3166-1 alpha-2 country ("US"), optionally with an ISO 3166-2 subdivision ("US-OK"). */
export const regionCode = z
  .string()
  .refine((code) => isKnownCountry(code.split('-')[0] ?? '') && /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(code), {
    error: (issue) =>
      `"${String(issue.input)}" is not an ISO 3166 region code — use a two-letter country code such as "US", "GB" or "FR" (or "US-OK" for a state).`,
  });

/** An ISO 4217 currency code ("USD", "EUR"). */
export const currencyCode = z.string().refine((code) => currencies.has(code), {
  error: (issue) =>
    `"${String(issue.input)}" is not an ISO 4217 currency code — use three capital letters such as "USD", "EUR" or "GBP".`,
});

const yearError =
  'is not a year — give the year the figure refers to (for example 2023), or write "undated" when the source does not say';

/** A plausible calendar year; out-of-range numbers get the same editor-facing message as any other non-year. */
export const calendarYear = z.int({ error: yearError }).min(1990, { error: yearError }).max(2100, { error: yearError });

/**
 * The calendar year a figure refers to, or the word "undated" when the source
 * gives no year: a year is never guessed.
 */
export const figureYear = z.union([calendarYear, z.literal('undated')], { error: yearError });

const dateError = 'is not a date — write it as YYYY-MM-DD, e.g. 2026-11-23';

/**
 * A calendar day written YYYY-MM-DD (YAML may already have made it a Date).
 * An impossible day such as 2026-02-30 is refused: `new Date()` would quietly
 * roll it over to 2 March and the page would show a date nobody wrote.
 */
export const calendarDate = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const day = value.trim();
    const date = new Date(`${day}T00:00:00Z`);
    const exact =
      /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
    return exact ? date : value;
  },
  z.date({ error: dateError }),
);

/** A calendar date written YYYY-MM-DD; impossible days such as 2026-02-30 are refused, not rolled over. */
export const date = calendarDate
  // The input is YAML text, so the reference documents it as a date string.
  .meta({ type: 'string', format: 'date' });

/** Lowercase letters and digits in words joined by single hyphens: ids and file names. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A short identifier made of lowercase letters, digits and hyphens. */
export const slugId = z.string().regex(slugPattern, {
  error: 'is not a valid id — use lowercase letters, digits and hyphens only, e.g. "bls-2023-median"',
});

/** A line of prose that must not be empty. */
export const text = z.string().trim().min(1, { error: 'is empty — write some text' });

/** Text that is still a placeholder left by the scaffolding script. */
export const placeholder = /\bTODO\b/;

/** Prose that must be filled in: empty text and scaffolding placeholders are refused. */
export const filledText = text.refine((value) => !placeholder.test(value), {
  error: 'still holds a TODO placeholder — replace it with real text',
});

/** A reference factory: Astro's `reference()` in the site, a plain id in the content checker. */
export type ReferenceTo<R extends z.ZodType<{ id: string }> = z.ZodType<{ id: string }>> = (
  collection: 'roles' | 'sources' | 'families' | 'technologies' | 'skills',
) => R;

/** Where a figure comes from, who quoted it, and which newer figure replaces it: shared by salary and outlook figures. */
export const figureProvenance = <R extends z.ZodType<{ id: string }>>(ref: ReferenceTo<R>) => ({
  source: ref('sources').meta({
    description: 'Where the figure comes from: the id of a file in content/sources/.',
  }),
  via: ref('sources')
    .optional()
    .meta({ description: 'Where the site found it, when that is not the original publisher: a source id.' }),
  supersededBy: slugId
    .optional()
    .meta({ description: 'The id of a newer figure, in the same list, that replaces this one.' }),
});

/**
 * One sentence of 50 to 160 characters that becomes a page's meta description and card text;
 * `what` names the field in the message ("summary", "description").
 */
export const metaDescription = (what: string) =>
  filledText
    .pipe(
      z
        .string()
        .min(50, {
          error: (i) => `is ${String(i.input).length} characters, too short for a ${what} — write at least 50`,
        })
        .max(160, {
          error: (i) => `is ${String(i.input).length} characters, too long for a ${what} — shorten it to 160 or fewer`,
        }),
    )
    .meta({ description: 'One sentence, 50 to 160 characters: the meta description and the card text.' });
