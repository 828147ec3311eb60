const json = { 'Content-Type': 'application/json; charset=utf-8' };
const csv = { 'Content-Type': 'text/csv; charset=utf-8' };

/** A data file's response: JSON with two-space indents, or CSV, each ending in a newline. */
export const jsonResponse = (value: unknown) => new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: json });

export const csvResponse = (text: string) => new Response(text, { headers: csv });

/** A file too large for one string, given as pieces of text in order. */
export const jsonPartsResponse = (parts: string[]) => new Response(new Blob(parts), { headers: json });
export const csvPartsResponse = (parts: string[]) => new Response(new Blob(parts), { headers: csv });
