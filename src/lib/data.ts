import { createHash } from 'node:crypto';
import { type CollectionEntry, getCollection } from 'astro:content';
import { itemPreviews } from './og/options.ts';
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

/** Ids of the registry actors a story names anywhere in its data (`reference('actors')` values). */
function namedActors(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) namedActors(item, into);
  else if (value && typeof value === 'object') {
    const ref = value as { collection?: unknown; id?: unknown };
    if (ref.collection === 'actors' && typeof ref.id === 'string') into.add(ref.id);
    else for (const item of Object.values(value)) namedActors(item, into);
  }
  return into;
}

const cacheKeys = new Map<string, string>();

/**
 * Everything a story's own pages are made from: its data, its rendered text, the
 * registry entries of the actors it names, and the build switches that change
 * those pages. Given to Astro as each path's `cacheKey` (incremental builds):
 * when it and the page code are unchanged, the last build's file is reused
 * instead of rendering the page again. Site, base and code are Astro's part of
 * the check; anything else a story page shows must be added here.
 */
export function storyCacheKey(entry: CollectionEntry<'articles'>, actors: ReadonlyMap<string, Actor>): string {
  let key = cacheKeys.get(entry.id);
  if (!key) {
    const named = [...namedActors(entry.data)].sort().map((id) => actors.get(id));
    key = createHash('sha256')
      .update(JSON.stringify({ data: entry.data, html: entry.rendered?.html, named, itemPreviews }))
      .digest('hex');
    cacheKeys.set(entry.id, key);
  }
  return key;
}

/** One path per story, for the routes that have one page or file per story, keyed for incremental builds. */
export async function storyPaths() {
  const { stories, actors } = await getCatalogue();
  return stories.map((entry) => ({
    params: { slug: entry.id },
    cacheKey: storyCacheKey(entry, actors),
    props: { entry },
  }));
}
