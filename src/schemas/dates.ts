import { z } from 'astro/zod';
import { ID_PATTERN } from './common.ts';
import { EDTF_HELP, parseStoryDate, parseTimestamp, TIMESTAMP_HELP } from '../lib/dates.ts';
import { lineSchema } from './common.ts';

/**
 * YAML turns `2025` into a number; some YAML readers turn `2025-11-09` into a
 * Date. Both are read back as the text the editor wrote.
 */
function asWritten(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
  }
  return value;
}

const edtfText = z.preprocess(asWritten, z.string({ error: `is not a date. Fix: ${EDTF_HELP}` }));

/**
 * A date at the precision the source gives: `2025`, `2025-09`, `2025-11-09`,
 * `2025-11-09T20:30`, `200X` (a decade), `2025-XX` (month unknown), `2025-Q1`,
 * `2025-09~` (approximate), `2025?` (uncertain), `2020/2021` (range), `2025-03/..`
 * (still going). Or an object `{ value, note }` whose note says how the date was derived.
 */
export const storyDateSchema = z
  .union([
    edtfText,
    z.strictObject({
      /** The date in EDTF, as above. */
      value: edtfText.describe(
        'The date in EDTF: `2025`, `2025-09`, `2025-11-09`, `2025-11-09T20:30`, `200X`, `2025-Q1`, `2025~`, `2020/2021`, `2025-03/..`.',
      ),
      /** How the date was derived. */
      note: lineSchema(300).describe('How the date was derived, e.g. "the Sunday before the report of 14 March".'),
    }),
  ])
  .transform((input, ctx) => {
    const text = typeof input === 'string' ? input : input.value;
    const note = typeof input === 'string' ? undefined : input.note;
    const parsed = parseStoryDate(text, note);
    if (!parsed.ok) {
      ctx.issues.push({ code: 'custom', input, message: `${parsed.error}`, path: [] });
      return z.NEVER;
    }
    return parsed.value;
  })
  .describe(`A date no more precise than the source. ${EDTF_HELP} Or \`{ value, note }\` to say how it was derived.`);

/** A publication timestamp: `2025-11-13` or `2025-11-13T09:30:00Z`. */
export const timestampSchema = z
  .preprocess(asWritten, z.string({ error: `is not a timestamp. Fix: ${TIMESTAMP_HELP}` }))
  .transform((text, ctx) => {
    const parsed = parseTimestamp(text);
    if (!parsed.ok) {
      ctx.issues.push({ code: 'custom', input: text, message: parsed.error, path: [] });
      return z.NEVER;
    }
    return parsed.value;
  })
  .describe(`A publication date or date-time. ${TIMESTAMP_HELP}`);

export type StoryDateInput = z.input<typeof storyDateSchema>;

/**
 * "This happened after that entry": the id of an event, claim or assessment of the same
 * story, or its anchor form (`event-walkout`) when the id names entries of two kinds. One
 * id: a chain of hints orders any number of entries, and one hint cannot contradict itself.
 */
export const afterSchema = z
  .string({ error: 'is not an entry id. Fix: write the id of the entry this one came after, e.g. `after: walkout`.' })
  .max(80, { error: 'is longer than an entry id. Fix: write the id of the entry this one came after.' })
  .regex(ID_PATTERN, {
    error:
      'is not an entry id. Fix: write the id of the event, claim or assessment this one came after, e.g. `after: walkout` or `after: event-walkout`.',
  })
  .describe(
    'One id: the event, claim or assessment of this story that this one came after, when the dates cannot tell (same day); `event-<id>`, `claim-<id>` or `assessment-<id>` when two kinds use the id. A chain of `after`s orders more.',
  );
