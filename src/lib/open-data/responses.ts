/** A data file's response: JSON with two-space indents, or CSV, each ending in a newline. */
export const jsonResponse = (value: unknown) =>
  new Response(`${JSON.stringify(value, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

export const csvResponse = (csv: string) =>
  new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
