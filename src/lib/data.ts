import { type CollectionEntry, getCollection } from 'astro:content';
import type { Actor } from '../schemas/actor.ts';
import type { ArticleData } from '../schemas/article.ts';

export interface Catalogue {
  stories: CollectionEntry<'articles'>[];
  bySlug: ReadonlyMap<string, CollectionEntry<'articles'>>;
  actors: ReadonlyMap<string, Actor>;
}

let catalogue: Promise<Catalogue> | undefined;

/**
 * All stories and the actor registry, read once per build: pages look things up
 * here instead of each calling `getCollection` (which would make the build
 * quadratic in the number of stories).
 */
export function getCatalogue(): Promise<Catalogue> {
  catalogue ??= (async () => {
    const [stories, actors] = await Promise.all([getCollection('articles'), getCollection('actors')]);
    return {
      stories,
      bySlug: new Map(stories.map((s) => [s.id, s])),
      actors: new Map(actors.map((a) => [a.id, a.data as Actor])),
    };
  })();
  return catalogue;
}

export type StoryEntry = CollectionEntry<'articles'> & { data: ArticleData };
