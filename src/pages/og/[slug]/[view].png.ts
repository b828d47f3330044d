import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../lib/data.ts';
import { type OgCard, viewCards } from '../../../lib/og/cards.ts';
import { cardHash, cardPng, prefetchCards } from '../../../lib/og/render.ts';
import { SITE_NAME } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const { stories, actors } = await getCatalogue();
  const paths = stories.flatMap((entry) =>
    Object.entries(viewCards(SITE_NAME, entry.data, actors)).map(([view, card]) => ({
      params: { slug: entry.id, view },
      cacheKey: cardHash(card),
      props: { card },
    })),
  );
  prefetchCards(paths.map((p) => p.props.card));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(props.card as OgCard)), { headers: { 'Content-Type': 'image/png' } });
