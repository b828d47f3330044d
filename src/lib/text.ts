/**
 * Verbatim matching of excerpts and quotes against the article text.
 *
 * "Verbatim" allows exactly two kinds of difference, because they are
 * typesetting, not wording: runs of whitespace, and typographic versus
 * straight quotation marks / apostrophes. Text is compared in Unicode NFC.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;

function foldChar(ch: string): string {
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (DOUBLE_QUOTES.test(ch)) return '"';
  return ch;
}

/** Normalised text plus, for each of its characters, the index it came from in the input. */
export interface MappedText {
  text: string;
  /** `map[i]` is the input index of `text[i]`; `map[text.length]` is the input length. */
  map: number[];
}

/**
 * Folds quotes and collapses whitespace, keeping a map back to the input so a
 * match in the normalised text can be marked in the original. The input is
 * expected in NFC (callers normalise text nodes first).
 */
export function normaliseWithMap(input: string): MappedText {
  let text = '';
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (/\s/.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && text.length > 0) {
      text += ' ';
      map.push(pendingSpace);
    }
    pendingSpace = -1;
    text += foldChar(ch);
    map.push(i);
  }
  map.push(input.length);
  return { text, map };
}

/** The form in which excerpts and article text are compared. */
export function normaliseForMatch(input: string): string {
  return normaliseWithMap(input.normalize('NFC')).text;
}

/**
 * Finds a verbatim excerpt in a block of text. Returns the half-open range in
 * the block's own indices, or undefined when it is not there.
 */
export function findVerbatim(block: string, excerpt: string): { start: number; end: number } | undefined {
  const needle = normaliseForMatch(excerpt);
  if (needle.length === 0) return undefined;
  const { text, map } = normaliseWithMap(block);
  const at = text.indexOf(needle);
  if (at < 0) return undefined;
  const lastChar = map[at + needle.length - 1]!;
  return { start: map[at]!, end: lastChar + 1 };
}

/** A short, single-line preview of a long text for error messages. */
export function preview(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
