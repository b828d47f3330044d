import { z } from 'astro/zod';
import { type ActorRefSchema, idSchema, lineSchema, listSchema, paragraphSchema } from './common.ts';
import { afterSchema, storyDateSchema } from './dates.ts';

/** A claim made by one actor, anchored in the article text. */
export const claimSchema = (actorRef: ActorRefSchema) =>
  z.strictObject({
    /** Stable id; the claim's anchor is `#claim-<id>`. */
    id: idSchema.describe('Stable id; the anchor is `#claim-<id>`. Never change a published one.'),
    /** Who made the claim (an id from the actor registry). */
    actor: actorRef.describe('Id of the actor who made the claim (from `content/actors.yaml`).'),
    /** When the claim was made, no more precise than the source. */
    date: storyDateSchema,
    /** The entry this one came after, when the dates cannot tell. */
    after: afterSchema.optional(),
    /** The claim in one neutral line, in our words. */
    statement: lineSchema(300).describe(
      'The claim in one neutral line, e.g. "Armed groups are far from taking the capital."',
    ),
    /** Id of the question this claim bears on. */
    question: idSchema.describe('Id of the question (from `questions`) this claim bears on.'),
    /** The article's words that report the claim, copied verbatim. */
    excerpt: paragraphSchema(1000).describe(
      'The words of the article that report the claim, copied verbatim (whitespace and the style of quotation marks may differ).',
    ),
    /** The actor's own words where the article quotes them, each verbatim, in the excerpt's paragraph. */
    quotes: listSchema(paragraphSchema(1000), 20)
      .default([])
      .describe(
        'The actor’s own quoted words, each copied verbatim from the paragraph of the excerpt, without the quotation marks.',
      ),
  });

export type ClaimInput = z.input<ReturnType<typeof claimSchema>>;
