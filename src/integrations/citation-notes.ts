import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdxJsxFlowElement, MdxJsxTextElement, PluginFactoryContext } from 'satteri';
import { numberCitations } from '../lib/citations/numbering.ts';
import { citationSequence } from '../lib/citations/source-labels.ts';

/**
 * Gives every `<Cite source="…" />` in an MDX page its note number and its own id, at compile time,
 * the way Markdown footnotes are numbered: a component cannot know where on the page it stands, and
 * the source list needs an id for each citation to link back to. The numbers come from
 * numberCitations() over citationSequence(), the same call the page's source list makes, so the
 * markers and the list always agree; a citation the two readings of the page see differently (one
 * hidden in a code block, say) stops the build with the file and the source.
 */
export function citationNotes(document: PluginFactoryContext): MdastPluginDefinition {
  const file = document.fileURL ? fileURLToPath(document.fileURL) : 'an MDX file';
  const { marks } = numberCitations(citationSequence(document.source));
  let next = 0;
  const number = (node: Readonly<MdxJsxTextElement | MdxJsxFlowElement>) => {
    if (node.name !== 'Cite') return undefined;
    const source = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'source')?.value;
    const mark = marks[next++];
    if (!mark || mark.source !== source)
      throw new Error(
        `${file}: <Cite source="${String(source)}" /> (citation ${next}) could not be numbered — write it as <Cite source="id" />, with source as its first attribute, outside code`,
      );
    return {
      ...node,
      children: [],
      attributes: [
        ...node.attributes,
        { type: 'mdxJsxAttribute' as const, name: 'note', value: String(mark.number) },
        { type: 'mdxJsxAttribute' as const, name: 'noteId', value: mark.id },
      ],
    };
  };
  return {
    name: 'citation-notes',
    mdxJsxTextElement: (node, ctx) => {
      const numbered = number(node);
      if (!numbered) return;
      ctx.replaceNode(node, numbered as MdxJsxTextElement);
      // A note marker sits against the word before it ("developers.[2]"), as in print, so a line never
      // breaks between a fact and its note; the space editors type before <Cite /> is dropped. Spaces
      // between two markers stay, to keep each one a separate target.
      const index = ctx.indexOf(node);
      const previous = index ? ctx.parent(node)?.children[index - 1] : undefined;
      if (previous?.type === 'text' && /\S\s+$/.test(previous.value))
        ctx.setProperty(previous, 'value', previous.value.trimEnd());
    },
    mdxJsxFlowElement: (node, ctx) => {
      const numbered = number(node);
      if (numbered) ctx.replaceNode(node, numbered as MdxJsxFlowElement);
    },
    after: () => {
      if (next !== marks.length)
        throw new Error(
          `${file}: ${marks.length} <Cite> in the text but ${next} on the page — write each as <Cite source="id" />, outside code`,
        );
    },
  };
}
