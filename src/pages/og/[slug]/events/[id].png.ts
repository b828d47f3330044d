import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../../lib/data.ts';
import { eventCard, type OgCard } from '../../../../lib/og/cards.ts';
import { itemPreviews } from '../../../../lib/og/options.ts';
import { cardHash, cardPng, prefetchCards } from '../../../../lib/og/render.ts';
import { SITE_NAME } from '../../../../lib/site.ts';

export const getStaticPaths = (async () => {
  if (!itemPreviews) return [];
  const { stories, actors } = await getCatalogue();
  const paths = stories.flatMap((entry) =>
    entry.data.events.map((event) => {
      const card = eventCard(SITE_NAME, entry.data, event, actors);
      return { params: { slug: entry.id, id: event.id }, cacheKey: cardHash(card), props: { card } };
    }),
  );
  prefetchCards(paths.map((p) => p.props.card));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(props.card as OgCard)), { headers: { 'Content-Type': 'image/png' } });
