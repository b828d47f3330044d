import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalogue } from '../lib/data.ts';
import { feedItems, rssItem } from '../lib/seo/feeds.ts';
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME, siteLocation } from '../lib/site.ts';

export const GET: APIRoute = async () => {
  const { stories } = await getCatalogue();
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: absoluteUrl('/'),
    items: feedItems(stories, siteLocation).map(rssItem),
    customData: '<language>en</language>',
  });
};
