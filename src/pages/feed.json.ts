import type { APIRoute } from 'astro';
import { getCatalogue } from '../lib/data.ts';
import { jsonFeed } from '../lib/seo/feeds.ts';
import { SITE_DESCRIPTION, SITE_NAME, siteLocation } from '../lib/site.ts';

export const GET: APIRoute = async () => {
  const { stories } = await getCatalogue();
  return new Response(JSON.stringify(jsonFeed(SITE_NAME, SITE_DESCRIPTION, stories, siteLocation), null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
