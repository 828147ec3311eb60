import type { EditorialTechnology } from '../onet/technologies.ts';
import type { TechnologyEntry } from '../model/entries.ts';

/** content/technologies.yaml as the O*NET layer matches it: id, name, aliases and the site's category. */
export const technologyCatalogue = (entries: readonly TechnologyEntry[]): EditorialTechnology[] =>
  entries.map(({ id, data }) => ({ id, name: data.name, aliases: data.aliases, category: data.category }));
