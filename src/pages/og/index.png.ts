import type { APIRoute } from 'astro';
import { getCatalogue } from '../../lib/data.ts';
import { indexCard } from '../../lib/og/cards.ts';
import { cardPng } from '../../lib/og/render.ts';
import { SITE_NAME } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const { stories } = await getCatalogue();
  return new Response(new Uint8Array(await cardPng(indexCard(SITE_NAME, stories.length))), {
    headers: { 'Content-Type': 'image/png' },
  });
};
