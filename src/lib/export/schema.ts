/**
 * The shape of `/<slug>/data.json`, published as JSON Schema at
 * `routes.dataSchema()` so that reusers can validate what they download.
 */
import { z } from 'astro/zod';
import { ACTOR_KINDS } from '../../schemas/actor.ts';
import { STANCES } from '../../schemas/assessment.ts';
import { EVENT_KINDS } from '../../schemas/event.ts';

const dateSchema = z
  .strictObject({
    edtf: z
      .string()
      .describe(
        'The date as written, in EDTF (ISO 8601-2): `2025`, `2025-09~`, `200X`, `2025-33`, `2020/2021`, `2025-03/..`.',
      ),
    start: z
      .string()
      .optional()
      .describe(
        'Start, never finer than the source: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (a quarter is its year); absent for a decade or a century (see `edtf`).',
      ),
    end: z.string().optional().describe('End of a closed range, same form as start.'),
    open: z
      .enum(['ongoing', 'unknown'])
      .optional()
      .describe('An open range: `ongoing` (still going when reported, EDTF `/..`) or `unknown` (end unknown, `/`).'),
    text: z.string().describe('The date in words, as the pages show it.'),
    note: z.string().optional().describe('How the date was derived.'),
  })
  .describe('A date at the precision the source gives.');

const link = z.string().describe('Absolute URL.');

export const storyDataSchema = z
  .strictObject({
    $schema: link,
    story: z.strictObject({
      slug: z.string(),
      title: z.string(),
      dek: z.string(),
      lang: z.string().describe('BCP 47 language tag.'),
      url: link,
      publisher: z.strictObject({ name: z.string(), url: z.string().optional() }),
      source: z.strictObject({ name: z.string(), url: z.string().optional() }).describe('Where the text comes from.'),
      published: z.string().describe('First publication: `YYYY-MM-DD` or an ISO date-time with offset.'),
      updated: z.string().optional(),
    }),
    questions: z.array(z.strictObject({ id: z.string(), text: z.string() })).describe('The questions at stake.'),
    actors: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        kind: z.enum(ACTOR_KINDS),
        role: z.string().optional(),
        country: z.string().optional(),
      }),
    ),
    claims: z
      .array(
        z.strictObject({
          id: z.string(),
          url: link,
          actor: z.string().describe('Actor id.'),
          date: dateSchema,
          question: z.string().describe('Question id.'),
          statement: z.string().describe('The claim in one neutral line, in Counterpoint’s words.'),
          excerpt: z.string().describe('The article’s words that report the claim, verbatim.'),
          quotes: z.array(z.string()).describe('The actor’s own quoted words, verbatim.'),
        }),
      )
      .describe('Claims reported in the article. Counterpoint does not rate them.'),
    assessments: z.array(
      z.strictObject({
        id: z.string(),
        url: link,
        actors: z.array(z.string()),
        date: dateSchema,
        statement: z.string(),
        basis: z.string().describe('What the assessment rests on.'),
        excerpt: z.string(),
        quotes: z.array(z.string()),
        addresses: z.array(z.strictObject({ claim: z.string(), stance: z.enum(STANCES) })),
      }),
    ),
    events: z.array(
      z.strictObject({
        id: z.string(),
        url: link,
        date: dateSchema,
        title: z.string(),
        summary: z.string(),
        kind: z.enum(EVENT_KINDS),
        actors: z.array(z.string()),
        excerpt: z.string().optional(),
      }),
    ),
  })
  .describe('The structured data of one Counterpoint story.');

export type StoryData = z.output<typeof storyDataSchema>;

export function storyDataJsonSchema(id: string): Record<string, unknown> {
  return { $id: id, ...z.toJSONSchema(storyDataSchema, { target: 'draft-2020-12' }) };
}
