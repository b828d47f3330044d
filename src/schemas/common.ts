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

/**
 * Characters no text needs and other programs' files cannot carry (XML 1.0
 * forbids most C0 controls: one in a title made the whole feed unreadable):
 * C0 and C1 controls, lone surrogates and Unicode non-characters. Line breaks
 * are the exception; tab, form feed and Word's line break (`\v`, Shift+Enter)
 * are normalised before this check.
 */
const FORBIDDEN_CHARACTER = /(?![\n\r])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u;
const CONTROL_NAMES: Record<number, string> = { 0: 'NUL', 0x1b: 'ESC', 0x7f: 'DEL', 0x85: 'NEL' };

/** Says which character is wrong and where, so an editor can find something invisible. */
export function forbiddenCharacter(text: string): { index: number; message: string } | undefined {
  const match = FORBIDDEN_CHARACTER.exec(text);
  if (!match) return undefined;
  const point = match[0].codePointAt(0)!;
  const code = `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = CONTROL_NAMES[point] ? ` (${CONTROL_NAMES[point]})` : '';
  const before = [...text.slice(0, match.index)];
  const after = before.length ? `, after "${before.slice(-20).join('')}"` : ', at the start';
  const message =
    `contains the invisible character ${code}${name} at character ${before.length + 1}${after}. ` +
    'Fix: delete it (it usually comes with a paste from Word, a PDF or a terminal); feeds and other programs refuse text that holds it.';
  return { index: match.index, message };
}

/** One line's worth of Word's line breaks, tabs and form feeds read as spaces. */
const asOneLine = (text: string) => text.replace(/[\t\v\f]/g, ' ');
/** In a paragraph, Word's line break (Shift+Enter, `\v`) is a line break. */
const asParagraph = (text: string) => text.replace(/\v/g, '\n').replace(/[\t\f]/g, ' ');

export const withoutForbiddenCharacters = (value: string, ctx: z.RefinementCtx) => {
  const found = forbiddenCharacter(value);
  if (found) ctx.addIssue({ code: 'custom', message: found.message, input: value });
};

/** One line of plain text. */
export const lineSchema = (max = 300) =>
  z
    .string()
    .overwrite(asOneLine)
    .trim()
    .min(1, { error: 'is empty. Fix: write the text, or remove the field if it is optional.' })
    .max(max, { error: `is longer than ${max} characters. Fix: shorten it; this field holds one line.` })
    .superRefine(withoutForbiddenCharacters);

/** A paragraph of plain text. */
export const paragraphSchema = (max = 2000) =>
  z
    .string()
    .overwrite(asParagraph)
    .trim()
    .min(1, { error: 'is empty. Fix: write the text, or remove the field if it is optional.' })
    .max(max, { error: `is longer than ${max} characters. Fix: shorten it.` })
    .superRefine(withoutForbiddenCharacters);

/** An absolute web address; only http(s) is published. */
export const webUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .superRefine(withoutForbiddenCharacters)
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
