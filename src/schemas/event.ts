import { z } from 'astro/zod';
import { type ActorRefSchema, idSchema, lineSchema, listSchema, paragraphSchema } from './common.ts';
import { afterSchema, storyDateSchema } from './dates.ts';

export const EVENT_KINDS = [
  'political',
  'security',
  'diplomatic',
  'economic',
  'social',
  'statement',
  'publication',
  'other',
] as const;

/** Something that happened, involving one or more actors, or none (a background event: a storm, a law). */
export const eventSchema = (actorRef: ActorRefSchema) =>
  z.strictObject({
    /** Stable id; the anchor is `#event-<id>`. */
    id: idSchema.describe('Stable id; the anchor is `#event-<id>`.'),
    /** When; a range (`2020/2021`) when the event lasted. */
    date: storyDateSchema,
    /** The entry this one came after, when the dates cannot tell. */
    after: afterSchema.optional(),
    /** Short title. */
    title: lineSchema(160).describe('Short title, e.g. "Dockworkers walk out".'),
    /** What happened, in a sentence or two. */
    summary: paragraphSchema(1000).describe('What happened, in a sentence or two.'),
    /**
     * The actors involved; the event shows in each of their lanes. Written out even when empty
     * (`actors: []`), so that a forgotten list is an error, never a silent "nobody did it".
     */
    actors: listSchema(actorRef, 50).describe(
      'Ids of the actors involved (one or several), or `actors: []` for a background event nobody did (a storm, a law, an election), shown in a lane of its own.',
    ),
    /** What kind of event. */
    kind: z
      .enum(EVENT_KINDS, { error: `is not a known kind. Fix: use one of ${EVENT_KINDS.join(', ')}.` })
      .describe(`One of: ${EVENT_KINDS.join(', ')}.`),
    /** The article's words that report it, verbatim, when it does. */
    excerpt: paragraphSchema(1000)
      .optional()
      .describe('The words of the article that report the event, copied verbatim, when it does.'),
  });

export type EventInput = z.input<ReturnType<typeof eventSchema>>;
