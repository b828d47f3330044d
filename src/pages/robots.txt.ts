import type { APIRoute } from 'astro';
import { routes } from '../lib/routes.ts';
import { absoluteUrl } from '../lib/site.ts';

// Preview images must stay crawlable (link-preview bots honour robots.txt); noindex pages say so themselves.
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(routes.sitemap())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
