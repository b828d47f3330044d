import { STORY_VIEWS, type StoryViewKind } from '../routes.ts';
import type { StoryHeaderView } from './story.ts';

/** Default iframe heights (px) before the frame reports its own: a sensible first paint that scrolls. */
export const DEFAULT_EMBED_HEIGHT: Record<StoryViewKind, number> = { article: 900, claims: 900, timeline: 700 };

export interface EmbedTarget {
  view: StoryViewKind;
  /** "Claims vs. assessments: <title>" — the iframe title and the link text. */
  title: string;
  /** Absolute URLs. */
  pageUrl: string;
  embedUrl: string;
  scriptUrl: string;
  oembedUrl: string;
  height: number;
}

/** Everything needed to embed one view of a story, from absolute-URL resolver `abs`. */
export function embedTarget(story: StoryHeaderView, view: StoryViewKind, abs: (path: string) => string): EmbedTarget {
  const spec = STORY_VIEWS[view];
  return {
    view,
    title: view === 'article' ? story.title : `${spec.label}: ${story.title}`,
    pageUrl: abs(spec.page(story.slug)),
    embedUrl: abs(spec.embed(story.slug)),
    scriptUrl: abs('/embed.js'),
    oembedUrl: abs(`/oembed/${story.slug}/${view}.json`),
    height: DEFAULT_EMBED_HEIGHT[view],
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Sandbox that keeps the frame's own scripts (auto-height) and lets its links
 * open a new tab, but nothing else (no top navigation, no forms).
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** The iframe alone: a real title, lazy, full width, a default height that scrolls until the frame reports. */
export function iframeHtml(target: EmbedTarget, siteName: string): string {
  return (
    `<iframe src="${escapeHtml(target.embedUrl)}" title="${escapeHtml(`${target.title} (${siteName})`)}" ` +
    `width="100%" height="${target.height}" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" ` +
    `sandbox="${EMBED_SANDBOX}" style="border:0;width:100%;max-width:100%" data-counterpoint-embed></iframe>`
  );
}

/** The copy-paste embed code: iframe, a fallback link, and the host script that sizes the frame. */
export function embedCode(target: EmbedTarget, story: StoryHeaderView, siteName: string): string {
  return [
    iframeHtml(target, siteName),
    `<p><a href="${escapeHtml(target.pageUrl)}">${escapeHtml(target.title)}</a> — ${escapeHtml(story.publisher.name)} on ${escapeHtml(siteName)}</p>`,
    `<script async src="${escapeHtml(target.scriptUrl)}"></script>`,
  ].join('\n');
}

/** oEmbed 1.0 `rich` response: a readable blockquote with a link (kept by hosts that strip iframes), then the iframe. */
export function oembedResponse(
  target: EmbedTarget,
  story: StoryHeaderView,
  site: { name: string; url: string },
  thumbnail?: { url: string; width: number; height: number },
) {
  const html =
    `<blockquote class="counterpoint-embed"><p><a href="${escapeHtml(target.pageUrl)}">${escapeHtml(target.title)}</a></p>` +
    `<p>${escapeHtml(story.dek)}</p><p>${escapeHtml(story.publisher.name)}, ${escapeHtml(story.published.text)} · ${escapeHtml(site.name)}</p></blockquote>\n` +
    iframeHtml(target, site.name);
  return {
    version: '1.0',
    type: 'rich',
    title: target.title,
    author_name: story.publisher.name,
    ...(story.publisher.url ? { author_url: story.publisher.url } : {}),
    provider_name: site.name,
    provider_url: site.url,
    html,
    width: 640,
    height: target.height,
    cache_age: 86400,
    ...(thumbnail
      ? { thumbnail_url: thumbnail.url, thumbnail_width: thumbnail.width, thumbnail_height: thumbnail.height }
      : {}),
  };
}
