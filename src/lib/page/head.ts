/** Head tags as data: canonical, description, Open Graph and Twitter are derived together so they cannot disagree. */
export interface HeadTag {
  tag: 'meta' | 'link';
  attrs: Record<string, string>;
}

export interface PageMeta {
  /** The page's own title, without the site name. */
  title: string;
  /** 50–160 characters, from the typed summary or description. */
  description: string;
  /** The absolute canonical URL. */
  canonical: URL;
  siteName: string;
  type: 'website' | 'article' | 'profile';
  image?: { url: URL; width: number; height: number; alt: string };
  noindex?: boolean;
  feed?: { title: string; url: URL };
}

export function documentTitle(meta: Pick<PageMeta, 'title' | 'siteName'>): string {
  return meta.title === meta.siteName ? meta.siteName : `${meta.title} | ${meta.siteName}`;
}

export function headTags(meta: PageMeta): HeadTag[] {
  const title = documentTitle(meta);
  const tags: HeadTag[] = [
    { tag: 'meta', attrs: { name: 'description', content: meta.description } },
    { tag: 'link', attrs: { rel: 'canonical', href: meta.canonical.href } },
    { tag: 'meta', attrs: { property: 'og:site_name', content: meta.siteName } },
    { tag: 'meta', attrs: { property: 'og:type', content: meta.type === 'profile' ? 'article' : meta.type } },
    { tag: 'meta', attrs: { property: 'og:title', content: title } },
    { tag: 'meta', attrs: { property: 'og:description', content: meta.description } },
    { tag: 'meta', attrs: { property: 'og:url', content: meta.canonical.href } },
    { tag: 'meta', attrs: { property: 'og:locale', content: 'en_US' } },
    { tag: 'meta', attrs: { name: 'twitter:card', content: meta.image ? 'summary_large_image' : 'summary' } },
    { tag: 'meta', attrs: { name: 'twitter:title', content: title } },
    { tag: 'meta', attrs: { name: 'twitter:description', content: meta.description } },
  ];
  if (meta.image) {
    tags.push(
      { tag: 'meta', attrs: { property: 'og:image', content: meta.image.url.href } },
      { tag: 'meta', attrs: { property: 'og:image:width', content: String(meta.image.width) } },
      { tag: 'meta', attrs: { property: 'og:image:height', content: String(meta.image.height) } },
      { tag: 'meta', attrs: { property: 'og:image:alt', content: meta.image.alt } },
      { tag: 'meta', attrs: { name: 'twitter:image', content: meta.image.url.href } },
      { tag: 'meta', attrs: { name: 'twitter:image:alt', content: meta.image.alt } },
    );
  }
  if (meta.noindex) tags.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
  if (meta.feed) {
    tags.push({
      tag: 'link',
      attrs: { rel: 'alternate', type: 'application/rss+xml', title: meta.feed.title, href: meta.feed.url.href },
    });
  }
  return tags;
}
