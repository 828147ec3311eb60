/** A JSON-LD node: plain data, built by the functions in this folder from the typed content. */
export type JsonLd = { '@context'?: string; '@type': string | string[] } & { [key: string]: unknown };

export const schemaContext = 'https://schema.org';

/**
 * JSON for the body of a <script type="application/ld+json">. `<`, `>` and `&` are
 * escaped as \u00XX so no text in the content can close the script element early;
 * JSON.parse reads the escapes back as the same characters.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The text a role profile shows when its sources are silent; structured data leaves such fields out. */
const notStated = /^not stated by the site's sources/i;

/** The value when the page states something, otherwise undefined (so JSON.stringify drops the property). */
export function stated(text: string): string | undefined {
  return notStated.test(text.trim()) ? undefined : text;
}

/** A list, or undefined when empty, so empty arrays never reach the markup. */
export function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}

/** YYYY-MM-DD, the date form the pages show in <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
