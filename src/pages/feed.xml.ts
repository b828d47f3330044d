import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalogue } from '../lib/data.ts';
import { feedItems } from '../lib/seo/feeds.ts';
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME, siteLocation } from '../lib/site.ts';

export const GET: APIRoute = async () => {
  const { stories } = await getCatalogue();
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: absoluteUrl('/'),
    items: feedItems(stories, siteLocation).map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: new Date(item.published),
      description: item.summary,
      categories: item.tags,
      ...(item.author ? { author: item.author } : {}),
    })),
    customData: '<language>en</language>',
  });
};
