import { z } from 'astro/zod';
import { idSchema, lineSchema } from './common.ts';

/** A question at stake in the story; the comparison is grouped by these, in this order. */
export const questionSchema = z.strictObject({
  /** Stable id, referenced by claims (`question: strike-over`). */
  id: idSchema.describe('Stable id, referenced by claims, e.g. `strike-over`.'),
  /** The question in words. */
  text: lineSchema(200).describe('The question in words, e.g. "Could armed groups take the capital?"'),
});

export type Question = z.output<typeof questionSchema>;
