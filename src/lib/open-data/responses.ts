const json = { 'Content-Type': 'application/json; charset=utf-8' };
const csv = { 'Content-Type': 'text/csv; charset=utf-8' };

/** A data file's response: JSON with two-space indents, or CSV, each ending in a newline. */
export const jsonResponse = (value: unknown) => new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: json });

export const csvResponse = (text: string) => new Response(text, { headers: csv });

/**
 * A body read piece by piece: each piece of text is made and encoded only when the reader asks for more, so
 * what is held is the bytes read so far. A Blob of every piece held the pieces (as UTF-16 when one has a
 * character past Latin-1) beside its own UTF-8 copy and the bytes read from it; writing a 135 MB file twice
 * peaked at 1122 to 1150 MB that way and at 844 to 1009 MB this way (README, Performance, the fifth pass).
 */
export function streamOf(parts: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pieces = parts[Symbol.iterator]();
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = pieces.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
    },
    // Nothing is made ahead of the reader.
    { highWaterMark: 0 },
  );
}

/** A file too large for one string, given as pieces of text in order. */
export const jsonPartsResponse = (parts: Iterable<string>) => new Response(streamOf(parts), { headers: json });
export const csvPartsResponse = (parts: Iterable<string>) => new Response(streamOf(parts), { headers: csv });
