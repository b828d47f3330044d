import { routes, STORY_VIEWS, type StoryViewKind } from '../routes.ts';
import type { StoryHeaderView } from './story.ts';
import { escapeHtml } from '../text.ts';

/**
 * Embedding one view of a story on another site: the iframe snippet, its
 * fallback, and the oEmbed response. Pure: URLs are made absolute by the
 * resolver the caller passes (`absoluteUrl` in pages, a fixed origin in tests).
 */

/** Default iframe heights (px) before the frame reports its own: a sensible first paint that scrolls. */
export const DEFAULT_EMBED_HEIGHT: Record<StoryViewKind, number> = { article: 900, claims: 900, timeline: 700 };

/** What the panel offers to embed, in the reader's words ("Embed this comparison"). */
export const EMBED_NOUN: Record<StoryViewKind, string> = {
  article: 'article',
  claims: 'comparison',
  timeline: 'timeline',
};

/** The width (px) we announce in oEmbed; the iframe itself is fluid (100% of its column). */
export const OEMBED_WIDTH = 640;

/** Link-preview images (produced elsewhere in the build) are 1200×630. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** How long (s) a consumer may cache our oEmbed response. */
export const OEMBED_CACHE_AGE = 86_400;

/**
 * Sandbox we recommend: the frame keeps its own script (auto-height) and its
 * links open a new tab outside the sandbox; no top navigation, no forms.
 * `allow-same-origin` keeps the frame's real origin, which the host script
 * checks (without it messages come from the opaque origin `null`).
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** The attribute that marks iframes the host script may size, and their fallbacks it may hide. */
export const EMBED_FRAME_ATTR = 'data-counterpoint-embed';
export const EMBED_FALLBACK_ATTR = 'data-counterpoint-fallback';

/**
 * The theme a host shows (`light`, `dark`, or `auto`: the reader's setting): the
 * host script passes it to the frame whenever it changes (README, "Embedding").
 */
export const EMBED_THEME_ATTR = 'data-counterpoint-theme';

export interface EmbedTarget {
  view: StoryViewKind;
  /** The view's name in the reader's words ("Claims vs. assessments"). */
  viewLabel: string;
  /** "Claims vs. assessments: <title>"; the story title alone for the article. */
  title: string;
  /** The iframe's accessible name: the title and where it comes from. */
  frameTitle: string;
  /** Absolute URLs. */
  pageUrl: string;
  embedUrl: string;
  scriptUrl: string;
  oembedUrl: string;
  thumbnailUrl: string;
  /** Default height (px) of the iframe. */
  height: number;
}

/** Everything needed to embed one view of a story; `abs` turns a root-relative route into an absolute URL. */
export function embedTarget(
  story: Pick<StoryHeaderView, 'slug' | 'title'>,
  view: StoryViewKind,
  siteName: string,
  abs: (path: string) => string,
): EmbedTarget {
  const spec = STORY_VIEWS[view];
  const title = view === 'article' ? story.title : `${spec.label}: ${story.title}`;
  return {
    view,
    viewLabel: spec.label,
    title,
    frameTitle: `${title} (${siteName})`,
    pageUrl: abs(spec.page(story.slug)),
    embedUrl: abs(spec.embed(story.slug)),
    scriptUrl: abs(routes.embedScript()),
    oembedUrl: abs(routes.oembed(story.slug, view)),
    thumbnailUrl: abs(routes.ogImage(story.slug, view)),
    height: DEFAULT_EMBED_HEIGHT[view],
  };
}

/**
 * The iframe alone: a real title, lazy, fluid width (attribute and style, so
 * hosts that strip `style` keep it), a default height that scrolls until the
 * frame reports its own, and the theme attribute set to `auto` where a host
 * sees it and can change it.
 */
export function iframeHtml(target: EmbedTarget): string {
  return (
    `<iframe src="${escapeHtml(target.embedUrl)}" title="${escapeHtml(target.frameTitle)}" ` +
    `width="100%" height="${target.height}" style="width:100%;max-width:100%;border:0" loading="lazy" ` +
    `referrerpolicy="strict-origin-when-cross-origin" sandbox="${EMBED_SANDBOX}" ${EMBED_FRAME_ATTR} ${EMBED_THEME_ATTR}="auto"></iframe>`
  );
}

/**
 * The copy-paste embed code: the iframe, a fallback link after it (for feed
 * readers and hosts that strip iframes; the host script hides it once the
 * frame is showing), and the host script that sizes the frame.
 */
export function embedCode(target: EmbedTarget, story: Pick<StoryHeaderView, 'publisher'>, siteName: string): string {
  return [
    iframeHtml(target),
    `<p ${EMBED_FALLBACK_ATTR}><a href="${escapeHtml(target.pageUrl)}">${escapeHtml(target.title)}</a> ` +
      `(${escapeHtml(story.publisher.name)}, on ${escapeHtml(siteName)})</p>`,
    `<script async src="${escapeHtml(target.scriptUrl)}"></script>`,
  ].join('\n');
}

/** oEmbed 1.0 response (https://oembed.com/ §2.3.4, type `rich`). */
export interface OembedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  author_name: string;
  author_url?: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/**
 * The oEmbed response of one view. Its `html` starts with a blockquote that
 * reads on its own (title link, standfirst, publisher and date): WordPress
 * keeps only `blockquote`, `a` and `iframe` and hides the quote once the frame
 * answers its handshake; Ghost and others insert the HTML as is, and our host
 * script hides the quote once the frame reports its height. Text is separated
 * by line breaks so it stays readable when a host strips the `<p>` tags.
 */
export function oembedResponse(
  target: EmbedTarget,
  story: Pick<StoryHeaderView, 'dek' | 'publisher' | 'published'>,
  site: { name: string; url: string },
): OembedResponse {
  const quote =
    `<blockquote class="counterpoint-embed" ${EMBED_FALLBACK_ATTR}>\n` +
    `<p><a href="${escapeHtml(target.pageUrl)}">${escapeHtml(target.title)}</a></p>\n` +
    `<p>${escapeHtml(story.dek)}</p>\n` +
    `<p>${escapeHtml(story.publisher.name)}, ${escapeHtml(story.published.text)}, on ${escapeHtml(site.name)}</p>\n` +
    `</blockquote>`;
  return {
    version: '1.0',
    type: 'rich',
    title: target.title,
    author_name: story.publisher.name,
    ...(story.publisher.url ? { author_url: story.publisher.url } : {}),
    provider_name: site.name,
    provider_url: site.url,
    html: [quote, iframeHtml(target), `<script async src="${escapeHtml(target.scriptUrl)}"></script>`].join('\n'),
    width: OEMBED_WIDTH,
    height: target.height,
    thumbnail_url: target.thumbnailUrl,
    thumbnail_width: OG_IMAGE_SIZE.width,
    thumbnail_height: OG_IMAGE_SIZE.height,
    cache_age: OEMBED_CACHE_AGE,
  };
}
