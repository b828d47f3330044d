import type { APIRoute } from 'astro';
import { href, SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: SITE_NAME,
      short_name: SITE_NAME,
      description: SITE_DESCRIPTION,
      start_url: href('/'),
      scope: href('/'),
      display: 'browser',
      background_color: '#faf8f3',
      theme_color: '#a3361f',
      icons: [{ src: href('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' }],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
