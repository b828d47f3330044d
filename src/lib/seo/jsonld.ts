/**
 * One schema.org JSON-LD `@graph` per page. Counterpoint does not rate claims:
 * claims are `Claim` nodes (who, when, where they appear), never `ClaimReview`.
 * https://schema.org/Claim
 */
import type { Actor } from '../../schemas/actor.ts';
import type { ArticleData, ClaimData, EventData } from '../../schemas/article.ts';
import { certainDate } from '../dates.ts';
import { routes } from '../routes.ts';
import { actorIdsInOrder, otherNames } from '../view/story.ts';
import type { PreviewImage } from './meta.ts';
import { absoluteOn, type SiteLocation } from './urls.ts';

export type JsonLdNode = Record<string, unknown>;
export interface JsonLdGraph {
  '@context': 'https://schema.org';
  '@graph': JsonLdNode[];
}

const ACTOR_TYPE: Record<Actor['kind'], string> = {
  person: 'Person',
  government: 'GovernmentOrganization',
  media: 'NewsMediaOrganization',
  company: 'Corporation',
  ngo: 'NGO',
  union: 'WorkersUnion',
  'armed-group': 'Organization',
  'intergovernmental-organisation': 'Organization',
  bloc: 'Organization',
  state: 'Organization',
  group: 'Organization',
  other: 'Organization',
};

/** Stable ids: URLs of ours with a fragment, so every page names a node the same way. */
export function ids(location: SiteLocation) {
  const url = (path: string) => absoluteOn(location, path);
  return {
    website: `${url('/')}#website`,
    actor: (id: string) => `${url('/')}#actor-${id}`,
    article: (slug: string) => `${url(routes.article(slug))}#article`,
    publisher: (slug: string) => `${url(routes.article(slug))}#publisher`,
    claim: (slug: string, id: string) => `${url(routes.claimPermalink(slug, id))}#claim`,
    event: (slug: string, id: string) => `${url(routes.eventPermalink(slug, id))}#event`,
    page: (path: string) => url(path),
    breadcrumb: (path: string) => `${url(path)}#breadcrumb`,
  };
}

function compact<T extends JsonLdNode>(node: T): T {
  return Object.fromEntries(
    Object.entries(node).filter(([, v]) => v !== undefined && !(Array.isArray(v) && !v.length)),
  ) as T;
}

export function actorNode(actor: Actor, location: SiteLocation): JsonLdNode {
  const id = ids(location);
  return compact({
    '@type': ACTOR_TYPE[actor.kind],
    '@id': id.actor(actor.id),
    name: actor.name,
    alternateName: [...(actor.shortName ? [actor.shortName] : []), ...otherNames(actor)],
    description: actor.role,
    ...(actor.kind === 'person'
      ? { jobTitle: actor.role, memberOf: actor.memberOf.map((m) => ({ '@id': id.actor(m) })) }
      : { parentOrganization: actor.memberOf.map((m) => ({ '@id': id.actor(m) })) }),
  });
}

/** Actors of a story that are in the registry, plus the registry actors they belong to (so every `@id` resolves). */
export function storyActors(data: ArticleData, registry: ReadonlyMap<string, Actor>, only?: string[]): Actor[] {
  const wanted = new Set<string>();
  const add = (id: string) => {
    const actor = registry.get(id);
    if (!actor || wanted.has(id)) return;
    wanted.add(id);
    actor.memberOf.forEach(add);
  };
  (only ?? actorIdsInOrder(data)).forEach(add);
  return [...wanted].map((id) => registry.get(id)!);
}

export function claimNode(slug: string, claim: ClaimData, location: SiteLocation): JsonLdNode {
  const id = ids(location);
  const appearance = `${absoluteOn(location, routes.article(slug))}#claim-${claim.id}`;
  return compact({
    '@type': 'Claim',
    '@id': id.claim(slug, claim.id),
    url: absoluteOn(location, routes.claimPermalink(slug, claim.id)),
    text: claim.statement,
    author: { '@id': id.actor(claim.actor.id) },
    datePublished: certainDate(claim.date),
    appearance: { '@type': 'CreativeWork', '@id': appearance, url: appearance, isPartOf: { '@id': id.article(slug) } },
    ...(claim.quotes.length ? { citation: claim.quotes.map((q) => ({ '@type': 'Quotation', text: q })) } : {}),
  });
}

export function eventNode(slug: string, event: EventData, location: SiteLocation): JsonLdNode {
  const id = ids(location);
  return compact({
    '@type': 'Event',
    '@id': id.event(slug, event.id),
    url: absoluteOn(location, routes.eventPermalink(slug, event.id)),
    name: event.title,
    description: event.summary,
    startDate: certainDate({ start: event.date.start }),
    endDate: event.date.end ? certainDate({ start: event.date.end }) : undefined,
    // The actors the event involves: what they did is in the summary, not a role we could name
    // (`organizer` made a utility the organiser of the protest against it).
    about: event.actors.map((a) => ({ '@id': id.actor(a.id) })),
  });
}

export interface Crumb {
  name: string;
  path: string;
}

export function breadcrumbNode(path: string, crumbs: Crumb[], location: SiteLocation): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    '@id': ids(location).breadcrumb(path),
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteOn(location, crumb.path),
    })),
  };
}

function websiteNode(siteName: string, location: SiteLocation): JsonLdNode {
  return { '@type': 'WebSite', '@id': ids(location).website, name: siteName, url: absoluteOn(location, '/') };
}

function imageUrls(images: PreviewImage[], location: SiteLocation): string[] {
  return images.map((image) => (/^https?:\/\//.test(image.path) ? image.path : absoluteOn(location, image.path)));
}

export function newsArticleNode(
  slug: string,
  data: ArticleData,
  images: PreviewImage[],
  location: SiteLocation,
): JsonLdNode {
  const id = ids(location);
  const publisher = compact({
    '@type': 'Organization',
    '@id': id.publisher(slug),
    name: data.publisher.name,
    url: data.publisher.url,
  });
  return compact({
    '@type': 'NewsArticle',
    '@id': id.article(slug),
    url: absoluteOn(location, routes.article(slug)),
    mainEntityOfPage: absoluteOn(location, routes.article(slug)),
    headline: data.title,
    description: data.dek,
    inLanguage: data.lang,
    image: imageUrls(images, location),
    datePublished: data.published.iso,
    dateModified: (data.updated ?? data.published).iso,
    author: data.byline ? [{ '@type': 'Person', name: data.byline }] : [publisher],
    publisher,
    isBasedOn: compact({ '@type': 'CreativeWork', name: data.source.name, url: data.source.url }),
    keywords: data.tags.join(', ') || undefined,
    contentLocation: data.places.map((name) => ({ '@type': 'Place', name })),
  });
}

export interface StoryGraphInput {
  slug: string;
  data: ArticleData;
  registry: ReadonlyMap<string, Actor>;
  siteName: string;
  /** This page's route and schema.org type. */
  page: { path: string; name: string; type?: string };
  crumbs: Crumb[];
  /** Story images (lead image first when there is one, then the article preview). */
  images: PreviewImage[];
  /** Which claims / events get their own node on this page. */
  claims?: ClaimData[];
  events?: EventData[];
}

/** The graph of one of a story's pages. */
export function storyGraph(input: StoryGraphInput, location: SiteLocation): JsonLdGraph {
  const { slug, data, page } = input;
  const claims = input.claims ?? [];
  const events = input.events ?? [];
  const actorIds = [...claims.map((c) => c.actor.id), ...events.flatMap((e) => e.actors.map((a) => a.id))];
  const id = ids(location);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      websiteNode(input.siteName, location),
      {
        '@type': page.type ?? 'WebPage',
        '@id': id.page(page.path),
        url: id.page(page.path),
        name: page.name,
        inLanguage: data.lang,
        isPartOf: { '@id': id.website },
        about: { '@id': id.article(slug) },
        breadcrumb: { '@id': id.breadcrumb(page.path) },
      },
      newsArticleNode(slug, data, input.images, location),
      ...claims.map((claim) => claimNode(slug, claim, location)),
      ...events.map((event) => eventNode(slug, event, location)),
      ...storyActors(data, input.registry, actorIds).map((actor) => actorNode(actor, location)),
      breadcrumbNode(page.path, input.crumbs, location),
    ],
  };
}

/** The graph of one page of the index: the site, and the stories on that page at their places in the whole index. */
export function indexGraph(
  siteName: string,
  page: { path: string; name: string; offset: number; stories: { slug: string; title: string }[] },
  location: SiteLocation,
): JsonLdGraph {
  const id = ids(location);
  const crumbs: Crumb[] = [{ name: siteName, path: '/' }];
  if (page.path !== '/') crumbs.push({ name: page.name, path: page.path });
  return {
    '@context': 'https://schema.org',
    '@graph': [
      websiteNode(siteName, location),
      {
        '@type': 'CollectionPage',
        '@id': id.page(page.path),
        url: id.page(page.path),
        name: page.name,
        isPartOf: { '@id': id.website },
        breadcrumb: { '@id': id.breadcrumb(page.path) },
        mainEntity: {
          '@type': 'ItemList',
          itemListOrder: 'https://schema.org/ItemListOrderDescending',
          itemListElement: page.stories.map((story, i) => ({
            '@type': 'ListItem',
            position: page.offset + i + 1,
            url: absoluteOn(location, routes.article(story.slug)),
            name: story.title,
          })),
        },
      },
      breadcrumbNode(page.path, crumbs, location),
    ],
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and the JS line
 * separators are escaped as `\uXXXX`, so no content can close the script or be
 * read as markup; the JSON value is unchanged.
 */
export function serializeJsonLd(graph: JsonLdGraph): string {
  return JSON.stringify(graph).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
