import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveKey, getArchive } from '../../../lib/archive/catalogue.ts';
import { actorCard } from '../../../lib/archive/card.ts';
import { cardPng } from '../../../lib/og/render.ts';
import { SITE_NAME } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const { records } = await getArchive();
  return [...records].map(([id, record]) => {
    const card = actorCard(SITE_NAME, record);
    return { params: { id }, cacheKey: archiveKey(card), props: { card } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(new Uint8Array(await cardPng(card)), { headers: { 'Content-Type': 'image/png' } });
};
