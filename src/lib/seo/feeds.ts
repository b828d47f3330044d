/**
 * Feeds of stories, newest first: the RSS items and a JSON Feed 1.1 document
 * (https://jsonfeed.org/version/1.1). A feed carries the newest FEED_SIZE
 * stories, not the archive: readers poll it often and only want what is new,
 * and a feed of every story would grow by a story a day for ever.
 */
import type { ArticleData } from '../../schemas/article.ts';
import { routes } from '../routes.ts';
import { escapeHtml } from '../text.ts';
import { storiesNewestFirst } from '../view/story.ts';
import { absoluteOn, type SiteLocation } from './urls.ts';

export interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  published: string;
  modified: string;
  tags: string[];
  image: string;
  lang: string;
  author?: string;
}

/** How many stories a feed carries, newest first. */
export const FEED_SIZE = 20;

export function feedItems(stories: readonly { id: string; data: ArticleData }[], location: SiteLocation): FeedItem[] {
  return storiesNewestFirst(stories)
    .slice(0, FEED_SIZE)
    .map(({ id, data }) => {
      const item: FeedItem = {
        id: absoluteOn(location, routes.article(id)),
        url: absoluteOn(location, routes.article(id)),
        title: data.title,
        summary: data.dek,
        published: data.published.iso,
        modified: (data.updated ?? data.published).iso,
        tags: data.tags,
        image: absoluteOn(location, routes.ogImage(id, 'article')),
        lang: data.lang,
      };
      if (data.byline) item.author = data.byline;
      return item;
    });
}

export function jsonFeed(
  siteName: string,
  description: string,
  stories: readonly { id: string; data: ArticleData }[],
  location: SiteLocation,
) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: siteName,
    home_page_url: absoluteOn(location, '/'),
    feed_url: absoluteOn(location, routes.jsonFeed()),
    description,
    language: 'en',
    items: feedItems(stories, location).map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_text: item.summary,
      image: item.image,
      date_published: item.published,
      date_modified: item.modified,
      tags: item.tags,
      language: item.lang,
      ...(item.author ? { authors: [{ name: item.author }] } : {}),
    })),
  };
}

/** `<` and `>` as entities: text for a field a reader may render as HTML or show as it is. */
const inertMarkup = (text: string) => text.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An RSS item's fields encoded for readers, which render `description` as HTML
 * and often `title`, `category` and `author` too (@astrojs/rss escapes for XML
 * on top). The description is escaped in full; the short fields keep a bare `&`,
 * so a reader that shows them as plain text shows no `&amp;`.
 */
export function rssItem(item: FeedItem) {
  return {
    title: inertMarkup(item.title),
    link: item.url,
    pubDate: new Date(item.published),
    description: escapeHtml(item.summary),
    categories: item.tags.map(inertMarkup),
    ...(item.author ? { author: inertMarkup(item.author) } : {}),
  };
}
