// Just enough HTML reading for the build check: the site's own, compiler-written markup,
// with double-quoted attributes, so regular expressions suffice and no parser is needed.

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#')
      return String.fromCodePoint(
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10),
      );
    return entities[code.toLowerCase()] ?? whole;
  });
}

/** The attributes of every `<tag …>` in `html`, values decoded. */
export function tagsOf(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))].map((match) =>
    Object.fromEntries(
      [...(match[1] ?? '').matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((a) => [
        a[1]!.toLowerCase(),
        decodeEntities(a[2] ?? ''),
      ]),
    ),
  );
}

export interface PageHead {
  titles: string[];
  descriptions: string[];
  canonicals: string[];
  h1Count: number;
  robots: string[];
  /** The text of each <script type="application/ld+json">. */
  jsonLd: string[];
  /** property/name → content of every other meta tag. */
  meta: Map<string, string[]>;
}

export function readHead(html: string): PageHead {
  const end = html.search(/<\/head>/i);
  const head = end === -1 ? html : html.slice(0, end);
  const body = end === -1 ? '' : html.slice(end);
  const metas = tagsOf(head, 'meta');
  const meta = new Map<string, string[]>();
  for (const attrs of metas) {
    const key = attrs.property ?? attrs.name;
    if (key && attrs.content !== undefined) meta.set(key, [...(meta.get(key) ?? []), attrs.content]);
  }
  return {
    // Only the document's own <title>: an inline SVG in the body may carry its own.
    titles: [...head.matchAll(/<title>([\s\S]*?)<\/title>/gi)].map((m) => decodeEntities(m[1] ?? '').trim()),
    descriptions: meta.get('description') ?? [],
    canonicals: tagsOf(head, 'link')
      .filter((a) => a.rel === 'canonical')
      .map((a) => a.href ?? ''),
    h1Count: [...body.matchAll(/<h1[\s>]/gi)].length,
    robots: meta.get('robots') ?? [],
    jsonLd: [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi)].map(
      (m) => m[1] ?? '',
    ),
    meta,
  };
}
