import { entriesOf, type ParsedContent } from './parsed.ts';
import { fieldOf, itemsOf, textOf } from './raw.ts';

/**
 * The kind (technical, personal) content/skills.yaml gives each skill id, read from what was written so
 * roles can be counted even when the list has an error of its own (reported with that file).
 */
export function skillKindsOf(parsed: readonly ParsedContent[]): (id: string) => string | undefined {
  const kinds = new Map(
    entriesOf(parsed, 'skills')
      .flatMap(({ data, file }) => itemsOf(data ?? file.data))
      .flatMap((entry) => {
        const id = textOf(fieldOf(entry, 'id'));
        const kind = textOf(fieldOf(entry, 'kind'));
        return id !== undefined && kind !== undefined ? [[id, kind] as const] : [];
      }),
  );
  return (id) => kinds.get(id);
}
