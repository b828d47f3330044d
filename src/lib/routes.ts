/**
 * The public URL contract (shared links must never break). Paths here are
 * relative to the site root and always end in `/`; `withBase` adds the
 * configured `base`.
 */
export const routes = {
  index: () => '/',
  article: (slug: string) => `/${slug}/`,
  claims: (slug: string) => `/${slug}/claims/`,
  timeline: (slug: string) => `/${slug}/timeline/`,
  embedArticle: (slug: string) => `/embed/${slug}/`,
  embedClaims: (slug: string) => `/embed/${slug}/claims/`,
  embedTimeline: (slug: string) => `/embed/${slug}/timeline/`,
  oembed: (slug: string, view: StoryViewKind) => `/oembed/${slug}/${view}.json`,
  embedScript: () => '/embed.js',
} as const;

/** The three views of a story, each with a full page and an embed variant. */
export type StoryViewKind = 'article' | 'claims' | 'timeline';

export const STORY_VIEWS: Record<StoryViewKind, { label: string; page: (slug: string) => string; embed: (slug: string) => string }> = {
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
  'rss',
  'sitemap',
  'schema',
  'search',
  'tags',
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
