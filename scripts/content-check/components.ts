import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { salaryLevels } from '../../src/schemas/salary.ts';

/** What a prop accepts, read from its TypeScript type in the component's `interface Props`. */
export type PropKind =
  | { kind: 'text' }
  | { kind: 'list' }
  | { kind: 'boolean' }
  | { kind: 'choice'; values: (string | number)[] }
  | { kind: 'other'; type: string };

export interface ComponentProp {
  name: string;
  required: boolean;
  /** The TypeScript type as written. */
  type: string;
  accepts: PropKind;
  /** The prop's doc comment. */
  description: string;
}

export interface MdxComponent {
  name: string;
  /** Path from the project root. */
  file: string;
  props: ComponentProp[];
  /** Whether the component renders what is written between its tags (a `<slot />`). */
  takesContent: boolean;
}

// Types the components borrow from the content model, spelled out for editors.
const namedTypes: Record<string, (string | number)[]> = {
  "SalaryFigure['level']": [...salaryLevels],
};

function kindOf(type: string): PropKind {
  const t = type.trim();
  if (t === 'string') return { kind: 'text' };
  if (t === 'string[]') return { kind: 'list' };
  if (t === 'boolean') return { kind: 'boolean' };
  const named = namedTypes[t];
  if (named) return { kind: 'choice', values: named };
  const parts = t.split('|').map((p) => p.trim());
  if (parts.every((p) => /^'[^']*'$/.test(p) || /^"[^"]*"$/.test(p)))
    return { kind: 'choice', values: parts.map((p) => p.slice(1, -1)) };
  if (parts.every((p) => /^\d+$/.test(p))) return { kind: 'choice', values: parts.map(Number) };
  return { kind: 'other', type: t };
}

/** The props declared in an .astro component's `interface Props { … }`, with their doc comments. */
export function propsOf(source: string): ComponentProp[] {
  const block = /interface Props\s*\{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
  const props: ComponentProp[] = [];
  let doc = '';
  for (const line of block.split('\n')) {
    const comment = /^\s*\/\*\*\s*(.*?)\s*\*\/\s*$/.exec(line);
    if (comment) {
      doc = comment[1] ?? '';
      continue;
    }
    const prop = /^\s*(\w+)(\?)?:\s*(.+?);?\s*$/.exec(line);
    if (!prop) continue;
    const type = prop[3]!;
    props.push({ name: prop[1]!, required: !prop[2], type, accepts: kindOf(type), description: doc });
    doc = '';
  }
  return props;
}

/** The components editors may use: those src/components/mdx/index.ts hands to every MDX page. */
export function loadComponents(projectDir: string): MdxComponent[] {
  const dir = join(projectDir, 'src/components/mdx');
  const index = readFileSync(join(dir, 'index.ts'), 'utf8');
  return [...index.matchAll(/^import\s+(\w+)\s+from\s+'\.\/(\w+)\.astro';/gm)].map((m) => {
    const source = readFileSync(join(dir, `${m[2]}.astro`), 'utf8');
    return {
      name: m[1]!,
      file: `src/components/mdx/${m[2]}.astro`,
      props: propsOf(source),
      takesContent: /<slot\b/.test(source),
    };
  });
}
