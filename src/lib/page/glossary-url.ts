import type { GlossaryTerm } from './glossary.ts';
import { sitePath } from './urls.ts';

/** The address of a term's entry: "/glossary/#median". */
export const glossaryUrl = (id: GlossaryTerm) => `${sitePath('glossary/')}#${id}`;
