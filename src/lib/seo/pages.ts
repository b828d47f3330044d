/**
 * Everything a page says about itself to link-preview clients and search
 * engines: title, description, preview image, Open Graph extras and the JSON-LD
 * graph. Pages call one of these and hand the result to BaseLayout.
 */
import type { Actor } from '../../schemas/actor.ts';
import type { ArticleData, ClaimData, EventData } from '../../schemas/article.ts';
import { OG_HEIGHT, OG_WIDTH } from '../og/draw.ts';
import { routes } from '../routes.ts';
import { storyLaneIds } from '../timeline/lanes.ts';
import { type IndexPage, indexPageTitle } from '../view/index-pages.ts';
import { sentence } from '../text.ts';
import {
  BACKGROUND_LANE_NAME,
  CONTRADICTED_BY,
  eventActorsInWords,
  listInWords,
  noun,
  plural,
} from '../view/labels.ts';
import { dateView } from '../view/story.ts';
import { type Crumb, indexGraph, type JsonLdGraph, storyGraph } from './jsonld.ts';
import type { PageMeta, PreviewImage } from './meta.ts';
import type { SiteLocation } from './urls.ts';

export interface PageSeo {
  title: string;
  description: string;
  path: string;
  meta: PageMeta;
  graph: JsonLdGraph;
}

/** Meta descriptions are shown cut at about 160 characters: cut at a word and say so. */
export function describe(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[\s,;:.–—-]+$/, '')}…`;
}

const preview = (path: string, alt: string): PreviewImage => ({ path, alt, width: OG_WIDTH, height: OG_HEIGHT });

interface StoryInput {
  slug: string;
  data: ArticleData;
  registry: ReadonlyMap<string, Actor>;
  siteName: string;
}

function storyImages(slug: string, data: ArticleData): PreviewImage[] {
  const lead = data.image ? [{ path: data.image.src, alt: data.image.alt, width: 0, height: 0 }] : [];
  return [...lead, preview(routes.ogImage(slug, 'article'), data.title)];
}

function dates(data: ArticleData) {
  const meta: Pick<PageMeta, 'published' | 'modified'> = { published: data.published.iso };
  meta.modified = (data.updated ?? data.published).iso;
  return meta;
}

function crumbs(input: StoryInput, ...more: Crumb[]): Crumb[] {
  return [{ name: input.siteName, path: '/' }, { name: input.data.title, path: routes.article(input.slug) }, ...more];
}

export function articleSeo(input: StoryInput, location: SiteLocation): PageSeo {
  const { slug, data } = input;
  const path = routes.article(slug);
  return {
    title: data.title,
    description: describe(data.dek),
    path,
    meta: {
      type: 'article',
      image: preview(
        routes.ogImage(slug, 'article'),
        `${data.title} — ${data.publisher.name}. ${plural(data.claims.length, 'claim')}, ${plural(data.assessments.length, 'assessment')}, ${plural(data.events.length, 'event')}.`,
      ),
      ...dates(data),
      section: 'Article',
      extras: [
        { label: 'Published by', data: data.publisher.name },
        {
          label: 'Claims',
          data: `${plural(data.claims.length, 'claim')}, ${plural(data.assessments.length, 'assessment')}`,
        },
      ],
    },
    graph: storyGraph(
      {
        ...input,
        page: { path, name: data.title },
        crumbs: crumbs(input),
        images: storyImages(slug, data),
        claims: data.claims,
      },
      location,
    ),
  };
}

export function claimsSeo(input: StoryInput, contradicted: number, location: SiteLocation): PageSeo {
  const { slug, data } = input;
  const path = routes.claims(slug);
  const counts = `${plural(data.claims.length, 'claim')} set beside ${plural(data.assessments.length, 'attributed assessment')}`;
  return {
    title: `Claims vs. assessments: ${data.title}`,
    description: describe(`${counts}. ${data.dek}`),
    path,
    meta: {
      type: 'article',
      image: preview(
        routes.ogImage(slug, 'claims'),
        `Claims vs. assessments for “${data.title}”: ${plural(data.claims.length, 'claim')}, ${plural(data.assessments.length, 'assessment')}; ${plural(contradicted, 'claim')} ${CONTRADICTED_BY}.`,
      ),
      ...dates(data),
      section: 'Claims vs. assessments',
      extras: [
        { label: 'Claims', data: String(data.claims.length) },
        { label: 'Contradicted by an assessment', data: `${contradicted} of ${plural(data.claims.length, 'claim')}` },
      ],
    },
    graph: storyGraph(
      {
        ...input,
        page: { path, name: `Claims vs. assessments: ${data.title}` },
        crumbs: crumbs(input, { name: 'Claims vs. assessments', path }),
        images: storyImages(slug, data),
        claims: data.claims,
      },
      location,
    ),
  };
}

export function timelineSeo(input: StoryInput, location: SiteLocation): PageSeo {
  const { slug, data } = input;
  const path = routes.timeline(slug);
  /** One lane per actor, as the page draws them, and one for the events nobody did. */
  const actorCount = storyLaneIds(data).length;
  const background = data.events.some((e) => e.actors.length === 0);
  const entries = listInWords([
    plural(data.events.length, 'event'),
    plural(data.claims.length, 'claim'),
    plural(data.assessments.length, 'assessment'),
  ]);
  return {
    title: `Actor timeline: ${data.title}`,
    description: describe(
      `${entries} across ${plural(actorCount, 'actor')}, each date as precise as the source. ${data.dek}`,
    ),
    path,
    meta: {
      type: 'article',
      image: preview(
        routes.ogImage(slug, 'timeline'),
        `Actor timeline for “${data.title}”: ${entries} in ${plural(actorCount + (background ? 1 : 0), 'lane')}, one per actor${background ? ` and one for the ${BACKGROUND_LANE_NAME.toLowerCase()}` : ''}.`,
      ),
      ...dates(data),
      section: 'Actor timeline',
      extras: [
        { label: 'Events', data: String(data.events.length) },
        { label: 'Actors', data: String(actorCount) },
      ],
    },
    graph: storyGraph(
      {
        ...input,
        page: { path, name: `Actor timeline: ${data.title}` },
        crumbs: crumbs(input, { name: 'Actor timeline', path }),
        images: storyImages(slug, data),
        // No Event node per event here: each event's own page (`/<slug>/timeline/<id>/`) carries
        // it, and a 300-event story would otherwise spend a third of its page weight on JSON-LD.
      },
      location,
    ),
  };
}

/** Permalink options: `itemImage: false` uses the view's preview image instead of the item's own. */
export interface ItemOptions {
  itemImage?: boolean;
}

export function claimSeo(
  input: StoryInput,
  claim: ClaimData,
  location: SiteLocation,
  { itemImage = true }: ItemOptions = {},
): PageSeo {
  const { slug, data, registry } = input;
  const path = routes.claimPermalink(slug, claim.id);
  const who = registry.get(claim.actor.id)?.name ?? claim.actor.id;
  const when = dateView(claim.date).text;
  const assessed = data.assessments.filter((a) => a.addresses.some((x) => x.claim === claim.id)).length;
  const beside =
    assessed === 0
      ? 'no assessment in the story addresses it'
      : assessed === 1
        ? 'set beside the assessment that addresses it'
        : `set beside the ${assessed} assessments that address it`;
  return {
    title: `${who}: ${claim.statement}`,
    description: describe(`A claim by ${who}, dated ${when}; ${beside}. From “${data.title}”.`),
    path,
    meta: {
      type: 'article',
      image: itemImage
        ? preview(
            routes.ogClaimImage(slug, claim.id),
            `Claim by ${who}, ${when}: ${sentence(claim.statement)} ${plural(assessed, 'assessment')} ${noun(assessed, 'addresses', 'address')} it.`,
          )
        : preview(routes.ogImage(slug, 'claims'), `Claims vs. assessments for “${data.title}”.`),
      ...dates(data),
      section: 'Claim',
      extras: [
        { label: 'Claimed by', data: who },
        { label: 'When', data: when },
      ],
    },
    graph: storyGraph(
      {
        ...input,
        page: { path, name: `${who}: ${claim.statement}` },
        crumbs: crumbs(
          input,
          { name: 'Claims vs. assessments', path: routes.claims(slug) },
          { name: claim.statement, path },
        ),
        images: storyImages(slug, data),
        claims: [claim],
      },
      location,
    ),
  };
}

export function eventSeo(
  input: StoryInput,
  event: EventData,
  location: SiteLocation,
  { itemImage = true }: ItemOptions = {},
): PageSeo {
  const { slug, data, registry } = input;
  const path = routes.eventPermalink(slug, event.id);
  const when = dateView(event.date).text;
  const names = event.actors.map((a) => registry.get(a.id)?.name ?? a.id);
  const who = eventActorsInWords(names);
  return {
    // A dash, not brackets: the date's words may have their own ("2024 (approx.)").
    title: `${event.title} — ${when}`,
    description: describe(`${when}: ${event.summary} From “${data.title}”.`),
    path,
    meta: {
      type: 'article',
      image: itemImage
        ? preview(
            routes.ogEventImage(slug, event.id),
            `Event, ${when}: ${event.title}. ${names.length ? `Actors: ${who}` : `${who}: no actor`}.`,
          )
        : preview(routes.ogImage(slug, 'timeline'), `Actor timeline for “${data.title}”.`),
      ...dates(data),
      section: 'Event',
      extras: [
        { label: 'When', data: when },
        { label: 'Actors', data: names.length ? who : `None (${who.toLowerCase()} event)` },
      ],
    },
    graph: storyGraph(
      {
        ...input,
        page: { path, name: event.title },
        crumbs: crumbs(input, { name: 'Actor timeline', path: routes.timeline(slug) }, { name: event.title, path }),
        images: storyImages(slug, data),
        events: [event],
      },
      location,
    ),
  };
}

/** One page of the index of stories (`page.number` 1 is `/`); `total` counts every story on every page. */
export function indexSeo(
  siteName: string,
  description: string,
  page: IndexPage<{ slug: string; title: string }>,
  total: number,
  location: SiteLocation,
): PageSeo {
  const name = page.number === 1 ? siteName : indexPageTitle(page);
  return {
    title: name,
    description: page.number === 1 ? description : `${description} ${name}.`,
    path: page.path,
    meta: {
      type: 'website',
      image: preview(
        routes.ogIndexImage(),
        `${siteName}: claims set beside the assessments that address them. ${plural(total, 'story', 'stories')}.`,
      ),
      extras: [{ label: 'Stories', data: String(total) }],
    },
    graph: indexGraph(siteName, { path: page.path, name, offset: page.offset, stories: page.items }, location),
  };
}
