/**
 * What each 1200×630 link-preview image shows, computed from validated story
 * data. Pure: draw.ts only lays this out (it fits the title, see fitTitle), and the
 * cache key is a hash of it, so an unchanged card is never drawn twice.
 */
import type { Actor } from '../../schemas/actor.ts';
import type { ArticleData, ClaimData, EventData } from '../../schemas/article.ts';
import { type TimelineEntry, timelineEntries } from '../timeline/entries.ts';
import { storyLaneIds } from '../timeline/lanes.ts';
import { BACKGROUND_LANE, layoutTimeline } from '../timeline/layout.ts';
import { dateView, timestampView } from '../view/story.ts';
import { BACKGROUND_LANE_NAME, CONTRADICTED_BY, eventActorsInWords, noun } from '../view/labels.ts';
import { voices } from '../view/voices.ts';
import { cardTitle, clip, type OgCard, type OgCut, type OgLane } from './draw.ts';

export type { OgCard, OgCut, OgLane };

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
    title: data.title,
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
    title: data.title,
    byline: storyByline(data),
    stats: [
      { value: String(data.claims.length), label: noun(data.claims.length, 'claim') },
      { value: String(data.assessments.length), label: noun(data.assessments.length, 'assessment') },
      { value: String(contradicted), label: `${noun(contradicted, 'claim')} ${CONTRADICTED_BY}` },
    ],
    ...direction(data),
  };
}

/** The miniature's lane width in the image, px: marks are decided dot or band against it. */
const MINI_WIDTH_PX = 820;

/**
 * A miniature of the timeline page: its lanes in its order (events, claims and assessments
 * alike) on the page's axis — the same cuts, dots, bands and dashes (issue 19). When there are
 * too many lanes to draw, the busiest are kept, still in the page's order.
 */
export function timelineLanes(
  data: Pick<ArticleData, 'claims' | 'assessments' | 'events' | 'lanes' | 'published' | 'updated'>,
  registry: ReadonlyMap<string, Actor>,
  entries: readonly TimelineEntry[] = timelineEntries(data),
) {
  if (entries.length === 0) return { lanes: [] as OgLane[], more: 0, cuts: [] as OgCut[] };
  const layout = layoutTimeline(entries, { lanes: storyLaneIds(data, entries), minWidthPx: MINI_WIDTH_PX });
  const order = layout.lanes;
  const shown = new Set([...order].sort((a, b) => b.marks.length - a.marks.length).slice(0, MAX_LANES));
  const lanes = order
    .filter((lane) => shown.has(lane))
    .map((lane): OgLane => {
      const actor = registry.get(lane.actorId);
      return {
        name:
          lane.actorId === BACKGROUND_LANE ? BACKGROUND_LANE_NAME : (actor?.shortName ?? actor?.name ?? lane.actorId),
        marks: lane.marks.map((m) => ({
          from: m.from / 100,
          to: m.to / 100,
          shape: m.shape,
          line: m.uncertain ? 'dotted' : m.approximate ? 'dashed' : 'solid',
        })),
      };
    });
  const cuts = layout.axis.breaks.map((b) => ({ from: b.from / 100, to: b.to / 100, cut: b.end > b.start }));
  return { lanes, more: order.length - lanes.length, cuts };
}

export function timelineCard(siteName: string, data: ArticleData, registry: ReadonlyMap<string, Actor>): OgCard {
  const entries = timelineEntries(data);
  const { lanes, more, cuts } = timelineLanes(data, registry, entries);
  // The Background lane is nobody: it is drawn, but not counted as an actor.
  const actorCount = storyLaneIds(data, entries).length;
  const card: OgCard = {
    eyebrow: `${siteName} · Actor timeline`,
    title: data.title,
    byline: storyByline(data),
    stats: [
      { value: String(data.events.length), label: noun(data.events.length, 'event') },
      { value: String(actorCount), label: noun(actorCount, 'actor') },
    ],
    lanes,
    ...direction(data),
  };
  if (cuts.length > 0) card.cuts = cuts;
  if (more > 0) card.moreLanes = more;
  // The span the lanes cover: from the earliest start to the latest end, in the words of their dates.
  const first = entries[0];
  const last = [...entries].sort((a, b) => b.end - a.end)[0];
  if (first && last) {
    card.span = {
      from: dateView({ edtf: '', start: first.date.start }).startText,
      to: dateView({ edtf: '', start: last.date.end ?? last.date.start }).startText,
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
    title: claim.statement,
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
    title: event.title,
    byline: [dateView(event.date).text, eventActorsInWords(event.actors.map((a) => actorName(registry, a.id)))],
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

/**
 * The story's views whose preview image cannot show the whole headline even in its smallest
 * type, each with how many characters of it the image shows.
 */
export function headlinesCut(
  siteName: string,
  data: ArticleData,
  registry: ReadonlyMap<string, Actor>,
): { view: string; shown: number }[] {
  return Object.entries(viewCards(siteName, data, registry)).flatMap(([view, card]) => {
    const { text } = cardTitle(card);
    return text === card.title ? [] : [{ view, shown: [...text].length - 1 }];
  });
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
