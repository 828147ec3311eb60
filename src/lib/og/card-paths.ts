import { sitePath } from '../page/urls.ts';

/** Where the preview image endpoints write (src/pages/og/): one name scheme for pages and endpoints. */
export const ogImagePath = {
  role: (id: string) => sitePath(`og/roles/${id}.png`),
  guide: (id: string) => sitePath(`og/guides/${id}.png`),
  site: () => sitePath('og/site.png'),
};
