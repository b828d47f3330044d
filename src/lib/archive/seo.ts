/**
 * What the archive's pages say about themselves: title, description, preview
 * image and JSON-LD. An actor's page is a `ProfilePage` about a `Person` or an
 * `Organization`, with a `Claim` node for each claim it lists (never a rating).
 */
import type { Actor } from '../../schemas/actor.ts';
import { OG_HEIGHT, OG_WIDTH } from '../og/draw.ts';
import { routes } from '../routes.ts';
import { actorNode, breadcrumbNode, ids, type JsonLdGraph } from '../seo/jsonld.ts';
import { describe, type PageSeo } from '../seo/pages.ts';
import { absoluteOn, type SiteLocation } from '../seo/urls.ts';
import type { IndexPage } from '../view/index-pages.ts';
import { listInWords, plural } from '../view/labels.ts';
import type { ActorRecord } from './actors.ts';
import type { RecordPageStory } from './pages.ts';

const OG_INDEX = (alt: string) => ({ path: routes.ogIndexImage(), alt, width: OG_WIDTH, height: OG_HEIGHT });

/** "4 claims, 1 assessment and 3 events in 2 stories". */
export function recordCounts(counts: ActorRecord['counts']): string {
  return `${listInWords([
    plural(counts.claims, 'claim'),
    plural(counts.assessments, 'assessment'),
    plural(counts.events, 'event'),
  ])} in ${plural(counts.stories, 'story', 'stories')}`;
}

export function actorSeo(
  record: ActorRecord,
  page: IndexPage<RecordPageStory>,
  registry: ReadonlyMap<string, Actor>,
  siteName: string,
  location: SiteLocation,
): PageSeo {
  const { actor } = record;
  const id = ids(location);
  const path = page.path;
  const name = page.number === 1 ? actor.name : `${actor.name}, page ${page.number} of ${page.count}`;
  const who = [actor.kindLabel, actor.role].filter(Boolean).join(', ');
  const counts = recordCounts(record.counts);
  // The actor and those it is part of, so every `@id` the actor node names resolves on this page.
  const related = [actor.id, ...record.memberOf.map((m) => m.id)]
    .map((a) => registry.get(a))
    .filter((a): a is Actor => a !== undefined);
  const claims = page.items.flatMap((story) =>
    story.entries
      .filter((e) => e.kind === 'claim')
      .map((e) => ({
        '@type': 'Claim',
        '@id': id.claim(story.slug, e.id),
        url: absoluteOn(location, e.href),
        text: e.text,
        inLanguage: story.lang,
        author: { '@id': id.actor(actor.id) },
        ...(e.certain ? { datePublished: e.certain } : {}),
        // Where the claim appears: the story, described on its own pages.
        appearance: {
          '@type': 'CreativeWork',
          url: absoluteOn(location, `${story.href}#claim-${e.id}`),
          isPartOf: { '@id': id.article(story.slug) },
        },
      })),
  );
  const crumbs = [
    { name: siteName, path: '/' },
    { name: 'Actors', path: routes.actors() },
    { name: actor.name, path: routes.actor(actor.id) },
  ];
  if (page.number > 1) crumbs.push({ name, path });
  const graph: JsonLdGraph = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'ProfilePage',
        '@id': id.page(path),
        url: id.page(path),
        name,
        isPartOf: { '@id': id.website },
        mainEntity: { '@id': id.actor(actor.id) },
        breadcrumb: { '@id': id.breadcrumb(path) },
        hasPart: claims.map((c) => ({ '@id': c['@id'] })),
      },
      { '@type': 'WebSite', '@id': id.website, name: siteName, url: absoluteOn(location, '/') },
      ...related.map((a) => actorNode(a, location)),
      ...claims,
      breadcrumbNode(path, crumbs, location),
    ],
  };
  return {
    title: name,
    description: describe(
      `${actor.name}${who ? ` (${who})` : ''}: ${counts}. What they said, what attributed assessments say about it, and what they did, each dated as precisely as the source.`,
    ),
    path,
    meta: {
      type: 'website',
      image: {
        path: routes.ogActorImage(actor.id),
        alt: `${actor.name}: ${counts}.`,
        width: OG_WIDTH,
        height: OG_HEIGHT,
      },
      extras: [
        { label: 'Stories', data: String(record.counts.stories) },
        { label: 'Claims', data: String(record.counts.claims) },
      ],
    },
    graph,
  };
}

/** A directory or listing page of the archive (actors, topics, places, search). */
export function archivePageSeo(
  title: string,
  description: string,
  path: string,
  siteName: string,
  location: SiteLocation,
  parents: { name: string; path: string }[] = [],
): PageSeo {
  const id = ids(location);
  return {
    title,
    description: describe(description),
    path,
    meta: { type: 'website', image: OG_INDEX(`${siteName}: ${title}`) },
    graph: {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'CollectionPage',
          '@id': id.page(path),
          url: id.page(path),
          name: title,
          isPartOf: { '@id': id.website },
          breadcrumb: { '@id': id.breadcrumb(path) },
        },
        { '@type': 'WebSite', '@id': id.website, name: siteName, url: absoluteOn(location, '/') },
        breadcrumbNode(path, [{ name: siteName, path: '/' }, ...parents, { name: title, path }], location),
      ],
    },
  };
}

/** One page of a topic's or a place's stories. */
export function listingSeo(
  kind: 'topic' | 'place',
  listing: { key: string; label: string; total: number; page: IndexPage<unknown> },
  siteName: string,
  location: SiteLocation,
): PageSeo {
  const { page } = listing;
  const title = page.number === 1 ? listing.label : `${listing.label}, page ${page.number} of ${page.count}`;
  const parent =
    kind === 'topic' ? { name: 'Topics', path: routes.topics() } : { name: 'Places', path: routes.places() };
  return archivePageSeo(
    title,
    `${plural(listing.total, 'story', 'stories')} ${kind === 'topic' ? 'on' : 'about'} ${listing.label}, newest first.`,
    page.path,
    siteName,
    location,
    [parent],
  );
}
