import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/page/canonical.ts';
import { loadSite } from '../lib/content/site-data.ts';
import { guideUrl, sitePath } from '../lib/page/urls.ts';
import { siteConfig } from '../site.config.ts';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The guides as an RSS feed, newest first; every page links to it with <link rel="alternate">. */
export const GET: APIRoute = async (context) => {
  const { guides } = await loadSite();
  const site = siteUrl(context);
  const absolute = (path: string) => new URL(path, site).href;
  return rss({
    title: `${siteConfig.name}: guides`,
    description: `Guides from ${siteConfig.name}: ${siteConfig.tagline.toLowerCase()}.`,
    site: absolute(sitePath()),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The feed names its own address, as feed validators ask.
    customData: `<language>en</language><atom:link href="${escapeXml(absolute(sitePath('rss.xml')))}" rel="self" type="application/rss+xml"/>`,
    items: guides.map((guide) => ({
      title: guide.data.title,
      description: guide.data.description,
      pubDate: guide.data.published,
      link: absolute(guideUrl(guide.id)),
      categories: guide.data.tags,
    })),
  });
};
