/**
 * What each 1200×630 link-preview image shows, computed from validated story
 * data. Pure: draw.ts only lays this out, and the cache key is
 * a hash of it, so an unchanged card is never drawn twice.
 */
import type { Actor } from '../../schemas/actor.ts';
import type { ArticleData, ClaimData, EventData } from '../../schemas/article.ts';
import { dateSpan } from '../dates.ts';
import { dateView, timestampView } from '../view/story.ts';
import { noun } from '../view/labels.ts';
import { voices } from '../view/voices.ts';
import { clip, type OgCard, type OgLane } from './draw.ts';

export type { OgCard, OgLane };

const MAX_TITLE = 150;
const MAX_LANES = 5;

/** `rtl` for the cards of a story written right to left: its title, quote and text run right to left. */
const direction = (data: ArticleData): Pick<OgCard, 'rtl'> =>
  voices(data.lang).page.dir === 'rtl' ? { rtl: true } : {};

function storyByline(data: ArticleData): string[] {
  return [data.publisher.name, timestampView(data.published).text];
}

/** Claims that at least one assessment contradicts. */
export function contradictedClaims(data: ArticleData): number {
  const ids = new Set(
    data.assessments.flatMap((a) => a.addresses.filter((x) => x.stance === 'contradicts').map((x) => x.claim)),
  );
  return data.claims.filter((c) => ids.has(c.id)).length;
}

export function articleCard(siteName: string, data: ArticleData): OgCard {
  return {
    eyebrow: siteName,
    title: clip(data.title, MAX_TITLE),
    byline: storyByline(data),
    stats: [
      { value: String(data.claims.length), label: noun(data.claims.length, 'claim') },
      { value: String(data.assessments.length), label: noun(data.assessments.length, 'assessment') },
      { value: String(data.events.length), label: noun(data.events.length, 'event') },
    ],
    ...direction(data),
  };
}

export function claimsCard(siteName: string, data: ArticleData): OgCard {
  const contradicted = contradictedClaims(data);
  return {
    eyebrow: `${siteName} · Claims vs. assessments`,
    title: clip(data.title, MAX_TITLE),
    byline: storyByline(data),
    stats: [
      { value: String(data.claims.length), label: noun(data.claims.length, 'claim') },
      { value: String(data.assessments.length), label: noun(data.assessments.length, 'assessment') },
      { value: String(contradicted), label: noun(contradicted, 'claim contradicted', 'claims contradicted') },
    ],
    ...direction(data),
  };
}

/** A miniature of the timeline: one lane per actor (in order of first event), each event placed on the story's span. */
export function timelineLanes(events: readonly EventData[], registry: ReadonlyMap<string, Actor>) {
  if (events.length === 0) return { lanes: [] as OgLane[], more: 0 };
  const spans = events.map((e) => dateSpan(e.date));
  const min = Math.min(...spans.map((s) => s.start));
  const max = Math.max(...spans.map((s) => s.end));
  const width = Math.max(max - min, 1);
  const order: string[] = [];
  for (const event of events) for (const a of event.actors) if (!order.includes(a.id)) order.push(a.id);
  // The busiest lanes first when there are too many to draw; story order otherwise.
  const count = (id: string) => events.filter((e) => e.actors.some((a) => a.id === id)).length;
  const shown = [...order].sort((a, b) => count(b) - count(a)).slice(0, MAX_LANES);
  const lanes = order
    .filter((id) => shown.includes(id))
    .map((id) => {
      const actor = registry.get(id);
      return {
        name: actor?.shortName ?? actor?.name ?? id,
        marks: events
          .map((e, i) => ({ e, span: spans[i]! }))
          .filter(({ e }) => e.actors.some((a) => a.id === id))
          .map(({ span }) => ({ from: (span.start - min) / width, to: (span.end - min) / width })),
      };
    });
  return { lanes, more: order.length - lanes.length, min, max };
}

export function timelineCard(siteName: string, data: ArticleData, registry: ReadonlyMap<string, Actor>): OgCard {
  const { lanes, more } = timelineLanes(data.events, registry);
  const sorted = [...data.events].sort((a, b) => dateSpan(a.date).start - dateSpan(b.date).start);
  const last = [...data.events].sort((a, b) => dateSpan(b.date).end - dateSpan(a.date).end)[0];
  const card: OgCard = {
    eyebrow: `${siteName} · Actor timeline`,
    title: clip(data.title, 110),
    byline: storyByline(data),
    stats: [
      { value: String(data.events.length), label: noun(data.events.length, 'event') },
      { value: String(lanes.length + more), label: noun(lanes.length + more, 'actor') },
    ],
    lanes,
    ...direction(data),
  };
  if (more > 0) card.moreLanes = more;
  if (sorted[0] && last) {
    const lastDate = last.date.end ?? last.date.start;
    card.span = {
      from: dateView({ edtf: '', start: sorted[0].date.start }).startText,
      to: dateView({ edtf: '', start: lastDate }).startText,
    };
  }
  return card;
}

function actorName(registry: ReadonlyMap<string, Actor>, id: string): string {
  return registry.get(id)?.name ?? id;
}

export function claimCard(
  siteName: string,
  data: ArticleData,
  claim: ClaimData,
  registry: ReadonlyMap<string, Actor>,
): OgCard {
  const assessed = data.assessments.filter((a) => a.addresses.some((x) => x.claim === claim.id));
  const card: OgCard = {
    eyebrow: `${siteName} · Claim`,
    title: clip(claim.statement, 140),
    byline: [actorName(registry, claim.actor.id), dateView(claim.date).text],
    stats: [{ value: String(assessed.length), label: noun(assessed.length, 'assessment') }],
    ...direction(data),
  };
  const quote = claim.quotes[0];
  if (quote) card.quote = clip(quote, 120);
  return card;
}

export function eventCard(
  siteName: string,
  data: ArticleData,
  event: EventData,
  registry: ReadonlyMap<string, Actor>,
): OgCard {
  return {
    eyebrow: `${siteName} · Event`,
    title: clip(event.title, 120),
    byline: [dateView(event.date).text, event.actors.map((a) => actorName(registry, a.id)).join(', ')],
    text: clip(event.summary, 160),
    stats: [],
    ...direction(data),
  };
}

export function indexCard(siteName: string, stories: number): OgCard {
  return {
    eyebrow: siteName,
    title: 'Claims set beside the assessments that address them',
    byline: ['Who said what, who assessed it, and what happened when. No ratings.'],
    stats: [{ value: String(stories), label: noun(stories, 'story', 'stories') }],
  };
}

/** Ids of the actors with at least one event, in order of first event. */
export function eventActorIds(events: readonly EventData[]): string[] {
  return [...new Set(events.flatMap((e) => e.actors.map((a) => a.id)))];
}

/** The preview card of each of a story's three views, by the view's name in `/og/<slug>/<view>.png`. */
export function viewCards(
  siteName: string,
  data: ArticleData,
  registry: ReadonlyMap<string, Actor>,
): Record<'article' | 'claims' | 'timeline', OgCard> {
  return {
    article: articleCard(siteName, data),
    claims: claimsCard(siteName, data),
    timeline: timelineCard(siteName, data, registry),
  };
}

/** Every preview card a story's pages use: its views', and with `items` one per claim and per event. */
export function storyCards(
  siteName: string,
  data: ArticleData,
  registry: ReadonlyMap<string, Actor>,
  { items }: { items: boolean },
): OgCard[] {
  return [
    ...Object.values(viewCards(siteName, data, registry)),
    ...(items
      ? [
          ...data.claims.map((claim) => claimCard(siteName, data, claim, registry)),
          ...data.events.map((event) => eventCard(siteName, data, event, registry)),
        ]
      : []),
  ];
}
