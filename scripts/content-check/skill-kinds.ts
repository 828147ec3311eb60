import type { ParsedContent } from './schema-rules.ts';

/**
 * The kind (technical, personal) content/skills.yaml gives each skill id, read from what was written so
 * roles can be counted even when the list has an error of its own (reported with that file).
 */
export function skillKindsOf(parsed: readonly ParsedContent[]): (id: string) => string | undefined {
  const kinds = new Map(
    parsed
      .filter(({ file }) => file.collection === 'skills')
      .flatMap(({ data, file }) => {
        const list = data ?? file.data;
        return Array.isArray(list) ? (list as { id?: unknown; kind?: unknown }[]) : [];
      })
      .flatMap((entry) =>
        typeof entry?.id === 'string' && typeof entry.kind === 'string' ? [[entry.id, entry.kind] as const] : [],
      ),
  );
  return (id) => kinds.get(id);
}
