import { z } from 'astro/zod';
import { assessmentSchema } from './assessment.ts';
import { claimSchema } from './claim.ts';
import {
  type ActorRefSchema,
  lineSchema,
  listSchema,
  paragraphSchema,
  webUrlSchema,
  withoutForbiddenCharacters,
} from './common.ts';
import { timestampSchema } from './dates.ts';
import { eventSchema } from './event.ts';
import { questionSchema } from './question.ts';

/** A BCP 47 language tag such as `en`, `fr` or `pt-BR`. */
export const langSchema = z
  .string()
  .trim()
  .refine(
    (tag) => {
      try {
        return /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(tag) && Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false;
      }
    },
    { error: 'is not a BCP 47 language tag. Fix: use e.g. `en`, `fr` or `pt-BR`.' },
  )
  .describe(
    'The language of everything this file says, as a BCP 47 tag, e.g. `en`, `fr`, `ar`, `pt-BR`. It sets the pages’ language and direction (`ar`, `fa`, `he`, `ur` run right to left); the interface around the story, its dates and the actor registry stay in English.',
  );

/** Who published the article. */
export const publisherSchema = z.strictObject({
  /** Publisher name as credited. */
  name: lineSchema(120).describe('Publisher name as credited, e.g. "Test Gazette".'),
  /** Publisher home page. */
  url: webUrlSchema.optional().describe('Publisher home page (https://…).'),
});

/** Where the text comes from. */
export const sourceSchema = z.strictObject({
  /** Name of the source. */
  name: lineSchema(200).describe('Where the text comes from, e.g. the original outlet.'),
  /** Address of the original, when known. */
  url: webUrlSchema.optional().describe('Address of the original (https://…), when known.'),
});

/** A site path with a `..` segment (also percent-encoded, or written with `\`) could name any file on the build machine. */
function leavesPublic(src: string): boolean {
  let path = src.replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray `%`: check the path as written.
  }
  return path.split(/[/\\]/).some((segment) => segment === '..');
}

/** An optional lead image. */
export const imageSchema = z.strictObject({
  /** Absolute https URL or a path under `public/`. */
  src: z
    .string()
    .trim()
    .refine((value) => /^\/(?!\/)[^\s]*$/.test(value) || /^https:\/\/[^\s]+$/.test(value), {
      error:
        'is not an image address we publish. Fix: use a path under public/ (`/images/x.jpg`) or an `https://` URL.',
    })
    .superRefine(withoutForbiddenCharacters)
    .refine((value) => !leavesPublic(value), {
      error:
        'climbs out of public/ with `..`. Fix: give the path of a file under public/, e.g. `/images/x.jpg`, without `..`.',
    })
    .describe('A path under `public/` (`/images/x.jpg`) or an `https://` URL.'),
  /** Text alternative: what the image shows, for people who cannot see it. */
  alt: lineSchema(300).describe('What the image shows, for readers who cannot see it. Required.'),
  /** Who made it. */
  credit: lineSchema(200).describe('Photographer / agency credit. Required.'),
  /** Optional caption. */
  caption: lineSchema(300).optional().describe('Optional caption.'),
});

/** One entry of the corrections log. */
export const correctionSchema = z.strictObject({
  /** When the correction was made. */
  date: timestampSchema,
  /** What was corrected. */
  text: paragraphSchema(1000).describe('What was corrected, in a sentence.'),
});

/** The frontmatter of `content/articles/<slug>.md`. */
export const articleSchema = (actorRef: ActorRefSchema) =>
  z
    .strictObject({
      /** Headline. */
      title: lineSchema(200).describe('Headline.'),
      /** Standfirst / dek: one or two sentences under the headline. */
      dek: paragraphSchema(400).describe('Standfirst: one or two sentences under the headline.'),
      /** Who published it. */
      publisher: publisherSchema,
      /** Author credit, when the publisher gives one. */
      byline: lineSchema(200).optional().describe('Author credit, when the publisher gives one.'),
      /** First publication. */
      published: timestampSchema.describe('First publication: `YYYY-MM-DD` or a full date-time with offset.'),
      /** Last substantive update. */
      updated: timestampSchema.optional().describe('Last substantive update (not before `published`).'),
      /** Corrections log, oldest first. */
      corrections: listSchema(correctionSchema, 100).default([]).describe('Corrections log: `{ date, text }` entries.'),
      /** Language of the story (BCP 47). */
      lang: langSchema,
      /** Places the story is about. */
      places: listSchema(lineSchema(100), 50).default([]).describe('Places the story is about.'),
      /** Topic tags. */
      tags: listSchema(lineSchema(60), 50).default([]).describe('Topic tags.'),
      /** Optional lead image; the design is complete without one. */
      image: imageSchema.optional().describe('Optional lead image with required alt text and credit.'),
      /** Where the text comes from. */
      source: sourceSchema,
      /** The questions at stake, in the order the comparison shows them. */
      questions: listSchema(questionSchema, 50)
        .min(1, {
          error:
            'is empty. Fix: name at least one question at stake, e.g. `{ id: strike-over, text: "Is the strike over?" }`.',
        })
        .describe('The questions at stake; the comparison is grouped by these, in this order.'),
      /** Claims made in the story. */
      claims: listSchema(claimSchema(actorRef), 500).describe('Claims reported in the story.'),
      /** Attributed assessments that address the claims. */
      assessments: listSchema(assessmentSchema(actorRef), 500)
        .default([])
        .describe('Attributed assessments that address the claims.'),
      /** What happened, for the timeline. */
      events: listSchema(eventSchema(actorRef), 1000).default([]).describe('Events for the actor timeline.'),
      /** Lane order of the actor timeline: these actors first, the rest in order of first appearance. */
      lanes: listSchema(actorRef, 200)
        .optional()
        .describe(
          'Order of the actor timeline’s lanes (registry ids of actors in this story’s claims, assessments or events); actors not listed follow in order of first appearance.',
        ),
    })
    .describe('Frontmatter of one story: content/articles/<slug>.md');

export type ArticleInput = z.input<ReturnType<typeof articleSchema>>;
export type ArticleData = z.output<ReturnType<typeof articleSchema>>;
export type ClaimData = ArticleData['claims'][number];
export type AssessmentData = ArticleData['assessments'][number];
export type EventData = ArticleData['events'][number];
