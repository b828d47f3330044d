/**
 * Topics and places across stories, from the free-text `tags` and `places` of
 * the frontmatter. Editors type them freely; the archive groups spellings that
 * differ only in case, accents, punctuation or spacing ("Labour", "labour",
 * "Labóur") under one key, which is the URL: `/topics/labour/`. The label shown
 * is the spelling of the newest story that uses it.
 */
import type { ArticleData } from '../../schemas/article.ts';
import { routes } from '../routes.ts';
import { storiesNewestFirst } from '../view/story.ts';

/**
 * The URL key of a tag or a place: lower case, accents of Latin letters dropped
 * (in other scripts a mark may make another letter: Ukrainian ї is not і), other
 * letters and digits kept, the rest a hyphen.
 */
export function topicKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export interface Topic<T> {
  key: string;
  label: string;
  /** Newest first. */
  stories: T[];
}

/**
 * Every topic (`field: 'tags'`) or place (`'places'`) with the stories that name it,
 * by label. A value with no letter or digit has no key and no page.
 */
export function topicsOf<T extends { id: string; data: Pick<ArticleData, 'tags' | 'places' | 'published' | 'title'> }>(
  stories: readonly T[],
  field: 'tags' | 'places',
): Topic<T>[] {
  const byKey = new Map<string, Topic<T>>();
  for (const story of storiesNewestFirst(stories))
    for (const value of story.data[field]) {
      const key = topicKey(value);
      if (!key) continue;
      const topic = byKey.get(key) ?? { key, label: value, stories: [] };
      if (!topic.stories.includes(story)) topic.stories.push(story);
      byKey.set(key, topic);
    }
  return [...byKey.values()].sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
}

/** A story's places or tags as written, each with the archive page that lists it (none for a value with no key). */
export function topicLinks(values: readonly string[], field: 'tags' | 'places'): { label: string; href?: string }[] {
  return values.map((label) => {
    const key = topicKey(label);
    if (!key) return { label };
    return { label, href: field === 'tags' ? routes.topic(key) : routes.place(key) };
  });
}
