import { z } from 'astro/zod';
import { actorRegistrySchema } from './actor.ts';
import { articleSchema } from './article.ts';
import { plainActorRef } from './common.ts';

/** JSON Schemas (draft 2020-12) of what editors write, keyed by file name. */
export function jsonSchemas(): Record<string, object> {
  const options = { io: 'input', unrepresentable: 'any' } as const;
  return {
    'article.schema.json': {
      ...z.toJSONSchema(articleSchema(plainActorRef), options),
      title: 'Counterpoint story frontmatter (content/articles/<slug>.md)',
    },
    'actors.schema.json': {
      ...z.toJSONSchema(actorRegistrySchema, options),
      title: 'Counterpoint actor registry (content/actors.yaml)',
    },
  };
}
