import { sitePath } from '../page/urls.ts';

/** Where each preview image is in the output folder: one name scheme for pages, endpoints and the build. */
export const ogImageFile = {
  role: (id: string) => `og/roles/${id}.png`,
  guide: (id: string) => `og/guides/${id}.png`,
  site: () => 'og/site.png',
};

/** The images' URLs, under the site's base path. */
export const ogImagePath = {
  role: (id: string) => sitePath(ogImageFile.role(id)),
  guide: (id: string) => sitePath(ogImageFile.guide(id)),
  site: () => sitePath(ogImageFile.site()),
};
