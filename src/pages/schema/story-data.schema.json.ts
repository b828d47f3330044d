import type { APIRoute } from 'astro';
import { storyDataJsonSchema } from '../../lib/export/schema.ts';
import { routes } from '../../lib/routes.ts';
import { absoluteUrl } from '../../lib/site.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(storyDataJsonSchema(absoluteUrl(routes.dataSchema())), null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
