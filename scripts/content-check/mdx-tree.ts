import GithubSlugger from 'github-slugger';
import { mdxToMdast } from 'satteri';
import type { ContentFile } from './load.ts';

/** The parts of an mdast node (as Sätteri, Astro's MDX parser, gives it) that the rules read. */
export interface MdxNode {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: MdxNode[];
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  name?: string | null;
  attributes?: MdxAttribute[];
}

export type MdxAttribute =
  | {
      type: 'mdxJsxAttribute';
      name: string;
      value: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string };
    }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

export type ParsedBody =
  { tree: MdxNode; error?: undefined } | { tree?: undefined; error: { line: number; column: number; reason: string } };

const cache = new WeakMap<ContentFile, ParsedBody>();

/**
 * The body parsed by the same parser Astro's MDX integration uses, so the checks see what the build
 * sees. Smart punctuation is on, as in Astro, because it changes heading text and so anchors.
 */
export function parseBody(file: ContentFile): ParsedBody {
  const cached = cache.get(file);
  if (cached) return cached;
  let parsed: ParsedBody;
  try {
    parsed = { tree: mdxToMdast(file.body, { features: { smartPunctuation: true } }) as MdxNode };
  } catch (error) {
    // Sätteri reports "line:column: reason (rule-id)"; lines count from the start of the body.
    const text = error instanceof Error ? error.message : String(error);
    const m = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([\w-]+:[\w-]+\))?$/.exec(text);
    parsed = {
      error: {
        line: (m ? Number(m[1]) : 1) + file.bodyStartLine - 1,
        column: m ? Number(m[2]) : 1,
        reason: (m?.[3] ?? text).replace(/\s*\(\d+:\d+\)/g, ''),
      },
    };
  }
  cache.set(file, parsed);
  return parsed;
}

/** The file line of a node (bodies are parsed on their own, so lines are shifted by the frontmatter). */
export const lineIn = (file: ContentFile, node: MdxNode) => (node.position?.start.line ?? 1) + file.bodyStartLine - 1;

/** Every node of a tree, depth first, in document order. */
export function* walk(node: MdxNode): Generator<MdxNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** Readable text of a node, as Astro computes it for heading anchors. */
export function textOf(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** The body's headings with the anchors Astro gives them (github-slugger over the heading text). */
export function headingsOf(file: ContentFile): { depth: number; text: string; slug: string; line: number }[] {
  const { tree } = parseBody(file);
  if (!tree) return [];
  const slugger = new GithubSlugger();
  return [...walk(tree)]
    .filter((n) => n.type === 'heading')
    .map((n) => {
      const text = textOf(n);
      return { depth: n.depth ?? 1, text, slug: slugger.slug(text), line: lineIn(file, n) };
    });
}
