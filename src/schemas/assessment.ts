import { z } from 'astro/zod';
import { type ActorRefSchema, idSchema, lineSchema, listSchema, paragraphSchema } from './common.ts';
import { afterSchema, storyDateSchema } from './dates.ts';

/** How an assessment bears on a claim. We never rate claims: we say how others' assessments relate to them. */
export const STANCES = ['contradicts', 'qualifies', 'supports', 'context'] as const;
export type Stance = (typeof STANCES)[number];

/** One claim an assessment addresses, and how. */
export const addressesSchema = z.strictObject({
  /** Id of the claim addressed. */
  claim: idSchema.describe('Id of a claim in this story.'),
  /** How the assessment bears on that claim. */
  stance: z
    .enum(STANCES, { error: `is not a stance we use. Fix: use one of ${STANCES.join(', ')}.` })
    .describe('contradicts | qualifies | supports | context (gives context).'),
});

/** An attributed assessment by one or more actors, addressing one or more claims. */
export const assessmentSchema = (actorRef: ActorRefSchema) =>
  z.strictObject({
    /** Stable id; the anchor is `#assessment-<id>`. */
    id: idSchema.describe('Stable id; the anchor is `#assessment-<id>`.'),
    /** Who made the assessment; several actors may share one. */
    actors: listSchema(actorRef, 50)
      .min(1, { error: 'names no actor. Fix: list who made the assessment, e.g. `actors: [dockers-union]`.' })
      .describe('Ids of the actors who made the assessment (one or several).'),
    /** When, no more precise than the source. */
    date: storyDateSchema,
    /** The entry this one came after, when the dates cannot tell. */
    after: afterSchema.optional(),
    /** The assessment in one neutral line. */
    statement: lineSchema(300).describe('The assessment in one neutral line, in our words.'),
    /** The article's words it rests on, verbatim. */
    excerpt: paragraphSchema(1000).describe('The words of the article that report the assessment, copied verbatim.'),
    /** The assessor's own words where the article quotes them. */
    quotes: listSchema(paragraphSchema(1000), 20)
      .default([])
      .describe(
        'The assessor’s own quoted words, each verbatim from the paragraph of the excerpt, without quotation marks.',
      ),
    /** What the assessment rests on (travel advisories, intelligence, reporting…). */
    basis: lineSchema(300).describe('What the assessment rests on, e.g. "Travel advisories issued to citizens".'),
    /** The claims it addresses and its stance toward each. */
    addresses: listSchema(addressesSchema, 50)
      .min(1, {
        error:
          'addresses no claim. Fix: add `addresses: [{ claim: <claim id>, stance: contradicts | qualifies | supports | context }]`.',
      })
      .describe('The claims this assessment addresses, each with a stance.'),
  });

export type AssessmentInput = z.input<ReturnType<typeof assessmentSchema>>;
