/**
 * The public URL contract (shared links must never break). Paths here are
 * relative to the site root and always end in `/`; `withBase` adds the
 * configured `base`.
 */
export const routes = {
  index: () => '/',
  /** Page `n` of the index of stories, newest first: `/` is page 1, older stories follow on `/page/2/`… */
  indexPage: (n: number) => (n === 1 ? '/' : `/page/${n}/`),
  article: (slug: string) => `/${slug}/`,
  claims: (slug: string) => `/${slug}/claims/`,
  timeline: (slug: string) => `/${slug}/timeline/`,
  /** One claim's own page (its own link preview), linking to it in context. */
  claimPermalink: (slug: string, id: string) => `/${slug}/claims/${id}/`,
  /** One event's own page (its own link preview), linking to it in context. */
  eventPermalink: (slug: string, id: string) => `/${slug}/timeline/${id}/`,
  embedArticle: (slug: string) => `/embed/${slug}/`,
  embedClaims: (slug: string) => `/embed/${slug}/claims/`,
  embedTimeline: (slug: string) => `/embed/${slug}/timeline/`,
  /** oEmbed 1.0 JSON for one view of a story. */
  oembed: (slug: string, view: StoryViewKind) => `/oembed/${slug}/${view}.json`,
  /** The host-side script that sizes our iframes on other sites. */
  embedScript: () => '/embed.js',
  /** 1200×630 link-preview images. */
  ogImage: (slug: string, view: StoryViewKind) => `/og/${slug}/${view}.png`,
  ogClaimImage: (slug: string, id: string) => `/og/${slug}/claims/${id}.png`,
  ogEventImage: (slug: string, id: string) => `/og/${slug}/events/${id}.png`,
  ogIndexImage: () => '/og/index.png',
  /** Data downloads of one story. */
  dataJson: (slug: string) => `/${slug}/data.json`,
  dataCsv: (slug: string, table: 'claims' | 'assessments' | 'events') => `/${slug}/${table}.csv`,
  /** JSON Schema of every story's `data.json`. */
  dataSchema: () => '/schema/story-data.schema.json',
  /** Search engines and the web app manifest. */
  robots: () => '/robots.txt',
  sitemap: () => '/sitemap-index.xml',
  manifest: () => '/manifest.webmanifest',
  /** The story's timeline in TimelineJS3's JSON format. */
  timelineJs: (slug: string) => `/${slug}/timeline.json`,
  /** The archive across stories: actors, topics, places, search. */
  actors: () => '/actors/',
  /** Page `n` of one actor's record: `/actors/<id>/` is page 1, older stories follow on `/actors/<id>/page/2/`… */
  actor: (id: string, n = 1) => (n === 1 ? `/actors/${id}/` : `/actors/${id}/page/${n}/`),
  actorJson: (id: string) => `/actors/${id}/data.json`,
  actorCsv: (id: string) => `/actors/${id}/record.csv`,
  ogActorImage: (id: string) => `/og/actors/${id}.png`,
  topics: () => '/topics/',
  topic: (key: string, n = 1) => (n === 1 ? `/topics/${key}/` : `/topics/${key}/page/${n}/`),
  places: () => '/places/',
  place: (key: string, n = 1) => (n === 1 ? `/places/${key}/` : `/places/${key}/page/${n}/`),
  search: () => '/search/',
  /** The search page's script; it loads Pagefind's index from `/pagefind/` on demand. */
  searchScript: () => '/search/search.js',
  rss: () => '/feed.xml',
  jsonFeed: () => '/feed.json',
} as const;

/** The three views of a story, each with a full page and an embed variant. */
export type StoryViewKind = 'article' | 'claims' | 'timeline';

export const STORY_VIEWS: Record<
  StoryViewKind,
  { label: string; page: (slug: string) => string; embed: (slug: string) => string }
> = {
  article: { label: 'Article', page: routes.article, embed: routes.embedArticle },
  claims: { label: 'Claims vs. assessments', page: routes.claims, embed: routes.embedClaims },
  timeline: { label: 'Actor timeline', page: routes.timeline, embed: routes.embedTimeline },
};

/** Slugs that would collide with our own routes or files. */
export const RESERVED_SLUGS = new Set([
  'embed',
  'claims',
  'timeline',
  'api',
  'assets',
  'data',
  'feed',
  'feeds',
  'oembed',
  'og',
  'page',
  'rss',
  'sitemap',
  'schema',
  'search',
  'tags',
  'actors',
  'topics',
  'places',
  'pagefind',
  'about',
  '404',
  '500',
  '_astro',
]);

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Joins the configured base (`/` or `/news/analysis` or `/news/analysis/`) with a root-relative path. */
export function withBase(base: string, path: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}
