import { getEntry, render } from 'astro:content';
import { ContentReferenceError } from './references.ts';

// Pages render MDX bodies through here, so astro:content stays inside src/lib/content/.

async function renderFrom(collection: 'roles' | 'guides', id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new ContentReferenceError([`content/${collection}/${id}.mdx  id  no such entry to render`]);
  return render(entry);
}

/** A role profile's MDX body, ready to place, with its headings. */
export const renderRole = (id: string) => renderFrom('roles', id);

/** A guide's MDX body, ready to place, with its headings. */
export const renderGuide = (id: string) => renderFrom('guides', id);
