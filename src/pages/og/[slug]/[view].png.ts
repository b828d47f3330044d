import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../lib/data.ts';
import { articleCard, claimsCard, type OgCard, timelineCard } from '../../../lib/og/cards.ts';
import { cardHash, cardPng, prefetchCards } from '../../../lib/og/render.ts';
import { SITE_NAME } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const { stories, actors } = await getCatalogue();
  const paths = stories.flatMap((entry) => {
    const cards: Record<string, OgCard> = {
      article: articleCard(SITE_NAME, entry.data),
      claims: claimsCard(SITE_NAME, entry.data),
      timeline: timelineCard(SITE_NAME, entry.data, actors),
    };
    return Object.entries(cards).map(([view, card]) => ({
      params: { slug: entry.id, view },
      cacheKey: cardHash(card),
      props: { card },
    }));
  });
  prefetchCards(paths.map((p) => p.props.card));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(props.card as OgCard)), { headers: { 'Content-Type': 'image/png' } });
