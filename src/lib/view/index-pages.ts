/**
 * The index of stories, cut into pages: `/` holds the newest, `/page/2/` the
 * next, and so on. A newsroom's archive grows by a story a day; one list of
 * every story would outgrow the page budget (14 KB of gzip HTML) at about a
 * hundred stories and keep growing. A page of INDEX_PAGE_SIZE cards stays
 * inside it even when every title and standfirst is as long as the schema
 * allows (tests/build/index-pages.test.ts builds that worst case).
 */
import type { ArticleData } from '../../schemas/article.ts';
import { routes } from '../routes.ts';
import { storiesNewestFirst, type StoryHeaderView, storyHeaderView } from './story.ts';

export const INDEX_PAGE_SIZE = 12;

export interface IndexPage<T> {
  /** 1 for `/`. */
  number: number;
  /** How many pages there are (at least 1: an empty site still has its index). */
  count: number;
  /** Root-relative path of this page. */
  path: string;
  items: T[];
  /** Position of this page's first item in the whole index (0 on the first page). */
  offset: number;
  /** The page with the next newer stories, and the one with the next older (root-relative), where there is one. */
  newer?: string;
  older?: string;
}

/** `items` (already in index order, newest first) cut into pages of `size`. */
export function indexPages<T>(items: readonly T[], size = INDEX_PAGE_SIZE): IndexPage<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`index page size must be a positive integer, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => {
    const number = i + 1;
    const page: IndexPage<T> = {
      number,
      count,
      path: routes.indexPage(number),
      items: items.slice(i * size, (i + 1) * size),
      offset: i * size,
    };
    if (number > 1) page.newer = routes.indexPage(number - 1);
    if (number < count) page.older = routes.indexPage(number + 1);
    return page;
  });
}

/** The index of stories as its pages, each story as its card shows it. */
export function storyIndexPages(stories: readonly { id: string; data: ArticleData }[]): IndexPage<StoryHeaderView>[] {
  return indexPages(storiesNewestFirst(stories).map((entry) => storyHeaderView(entry.id, entry.data)));
}

/** Where a page stands: "Page 2 of 5". */
export function pagePosition(page: Pick<IndexPage<unknown>, 'number' | 'count'>): string {
  return `Page ${page.number} of ${page.count}`;
}

/** The title of a page after the first: "Stories, page 2 of 5". */
export function indexPageTitle(page: Pick<IndexPage<unknown>, 'number' | 'count'>): string {
  return `Stories, ${pagePosition(page).toLowerCase()}`;
}
