/**
 * Archive pages cut to stay inside the page budget (14 KB of gzip HTML): an actor
 * met in hundreds of stories gets a record over several pages, newest stories
 * first, like the index of stories.
 */
import type { IndexPage } from '../view/index-pages.ts';
import type { RecordStory } from './actors.ts';

/** Most entries one page of an actor's record shows (tests/build/archive.test.ts builds a long record). */
export const RECORD_PAGE_ENTRIES = 30;

/** Most stories one page of a topic or a place lists (as many as a page of the index). */
export const LISTING_PAGE_SIZE = 12;

/** Pages from items already cut into chunks, with links to the neighbours. */
export function pagesOf<T>(chunks: readonly T[][], pathOf: (n: number) => string): IndexPage<T>[] {
  const all = chunks.length ? chunks : [[]];
  let offset = 0;
  return all.map((items, i) => {
    const number = i + 1;
    const page: IndexPage<T> = { number, count: all.length, path: pathOf(number), items: [...items], offset };
    offset += items.length;
    if (number > 1) page.newer = pathOf(number - 1);
    if (number < all.length) page.older = pathOf(number + 1);
    return page;
  });
}

/** `items` in chunks of `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A story of a record page: a story with more entries than a page holds shows the first of them and says how many more. */
export interface RecordPageStory extends RecordStory {
  /** Entries of this actor in the story left off this page (they are on the story's own timeline). */
  more: number;
}

/**
 * An actor's stories cut into pages of at most `max` entries, never splitting a
 * story across pages: a story that alone has more has its first `max` shown.
 */
export function recordChunks(stories: readonly RecordStory[], max = RECORD_PAGE_ENTRIES): RecordPageStory[][] {
  const chunks: RecordPageStory[][] = [];
  let current: RecordPageStory[] = [];
  let size = 0;
  for (const story of stories) {
    const shown = Math.min(story.entries.length, max);
    if (current.length && size + shown > max) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push({ ...story, entries: story.entries.slice(0, shown), more: story.entries.length - shown });
    size += shown;
  }
  if (current.length) chunks.push(current);
  return chunks;
}
