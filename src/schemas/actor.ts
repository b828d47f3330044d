import { z } from 'astro/zod';
import { idSchema, lineSchema, listSchema } from './common.ts';

export const ACTOR_KINDS = [
  'person',
  'government',
  'armed-group',
  'intergovernmental-organisation',
  'bloc',
  'state',
  'company',
  'ngo',
  'union',
  'group',
  'media',
  'other',
] as const;

/** One actor in the shared registry (`content/actors.yaml`): who said or did something, in any story. */
export const actorSchema = z
  .strictObject({
    /** Stable id, referenced from stories (`actor: maria-santos`). */
    id: idSchema.describe('Stable id used by stories to refer to this actor, e.g. `maria-santos`.'),
    /** Full name as a reader should see it first. */
    name: lineSchema(160).describe('Full name, e.g. "Mara Velden".'),
    /** Short name for tight spaces (timeline lanes, labels). */
    shortName: lineSchema(60).optional().describe('Short name for lanes and labels, e.g. "Velden".'),
    /** What kind of actor this is. */
    kind: z
      .enum(ACTOR_KINDS, { error: `is not a known kind. Fix: use one of ${ACTOR_KINDS.join(', ')}.` })
      .describe(`One of: ${ACTOR_KINDS.join(', ')}.`),
    /** Role or one-line description. */
    role: lineSchema(200)
      .optional()
      .describe('Role or one-line description, e.g. "Director of the harbour authority".'),
    /** Country (or region) the actor belongs to. */
    country: lineSchema(100).optional().describe('Country or region, e.g. "Norway".'),
    /** Ids of actors this one belongs to (a minister belongs to a government). */
    memberOf: listSchema(idSchema, 20)
      .default([])
      .describe('Ids of registry actors this actor belongs to, e.g. a minister → `national-government`.'),
    /** Other names the actor goes by. */
    aliases: listSchema(lineSchema(160), 20).default([]).describe('Other names or acronyms, e.g. "NDU".'),
  })
  .describe('An actor in the shared registry.');

/** The registry file: a YAML list of actors. */
export const actorRegistrySchema = listSchema(actorSchema, 5000).min(1, {
  error: 'is empty. Fix: list at least one actor in the registry.',
});

export type ActorInput = z.input<typeof actorSchema>;
export type Actor = z.output<typeof actorSchema>;
