import { defineCollection, reference } from 'astro:content';
import { actorSchema } from './schemas/actor.ts';
import { articleSchema } from './schemas/article.ts';
import type { ActorRefSchema } from './schemas/common.ts';
import { actorsLoader, storiesLoader } from './loaders/stories.ts';

/**
 * Both loaders validate the content root as a whole (schemas, references,
 * verbatim excerpts) and fail the build with one report — Astro alone would
 * only log a dangling `reference()` and publish the page anyway.
 */
const actors = defineCollection({ loader: actorsLoader(), schema: actorSchema });

const articles = defineCollection({
  loader: storiesLoader(),
  schema: articleSchema(reference('actors') as unknown as ActorRefSchema),
});

export const collections = { actors, articles };
