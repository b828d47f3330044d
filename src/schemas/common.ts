import { z } from 'astro/zod';

/**
 * Building blocks shared by every schema. Limits are far above what a real
 * story needs and exist to stop a runaway paste, not to constrain editors.
 */

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A text in id form: "Sindicato Médico" → `sindicato-medico`. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A stable id: lower-case letters, digits and single hyphens. Used in URLs (`#claim-<id>`): never change a published one. */
export const idSchema = z
  .string()
  .max(64, { error: 'is longer than 64 characters. Fix: use a short id such as `very-far`.' })
  .regex(ID_PATTERN, {
    error: (issue) => {
      const written = typeof issue.input === 'string' ? issue.input : '';
      // A name typed where its id belongs ("Jane Doe") most often has that id in slug form.
      const slug = slugOf(written);
      const example = slug && slug !== written ? `, e.g. \`${slug}\`` : ', e.g. `very-far` or `au-call-2025`';
      return `"${written}" is not an id. Fix: use lower-case letters, digits and single hyphens${example}.`;
    },
  });

/** One line of plain text. */
export const lineSchema = (max = 300) =>
  z
    .string()
    .trim()
    .min(1, { error: 'is empty. Fix: write the text, or remove the field if it is optional.' })
    .max(max, { error: `is longer than ${max} characters. Fix: shorten it; this field holds one line.` });

/** A paragraph of plain text. */
export const paragraphSchema = (max = 2000) =>
  z
    .string()
    .trim()
    .min(1, { error: 'is empty. Fix: write the text, or remove the field if it is optional.' })
    .max(max, { error: `is longer than ${max} characters. Fix: shorten it.` });

/** An absolute web address; only http(s) is published. */
export const webUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
      } catch {
        return false;
      }
    },
    {
      error:
        'is not a web address. Fix: give a full `https://…` (or `http://…`) URL; other schemes are never published.',
    },
  );

/** A list with a sane upper bound. */
export const listSchema = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max, { error: `has more than ${max} entries. Fix: split the story, or check for a paste gone wrong.` });

/** Actor references: `reference('actors')` in Astro, a plain id elsewhere — same output shape. */
export interface ActorRef {
  id: string;
  collection: 'actors';
}
export type ActorRefSchema = z.ZodType<ActorRef, unknown>;

/** Outside Astro (tests, JSON Schema, CLI) actor ids are read with this stand-in for `reference('actors')`. */
export const plainActorRef: ActorRefSchema = idSchema.transform((id): ActorRef => ({ id, collection: 'actors' }));
