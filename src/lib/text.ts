/**
 * Verbatim matching of excerpts and quotes against the article text.
 *
 * "Verbatim" allows exactly two kinds of difference, because they are
 * typesetting, not wording: runs of whitespace, and typographic versus
 * straight quotation marks / apostrophes. Text is compared in Unicode NFC.
 */

const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb]);

/** Exactly the characters JavaScript's `\s` matches, without a regular expression per character. */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
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
  const out: string[] = [];
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (isSpace(code)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && out.length > 0) {
      out.push(' ');
      map.push(pendingSpace);
    }
    pendingSpace = -1;
    out.push(SINGLE_QUOTES.has(code) ? "'" : DOUBLE_QUOTES.has(code) ? '"' : input[i]!);
    map.push(i);
  }
  map.push(input.length);
  return { text: out.join(''), map };
}

/** The form in which excerpts and article text are compared. */
export function normaliseForMatch(input: string): string {
  return normaliseWithMap(input.normalize('NFC')).text;
}

/** Where a normalised needle (`normaliseForMatch`) lies in a normalised block (`normaliseWithMap`), in the block's own indices. */
export function locate(block: MappedText, needle: string): { start: number; end: number } | undefined {
  if (needle.length === 0) return undefined;
  const at = block.text.indexOf(needle);
  if (at < 0) return undefined;
  const lastChar = block.map[at + needle.length - 1]!;
  return { start: block.map[at]!, end: lastChar + 1 };
}

/**
 * Finds a verbatim excerpt in a block of text. Returns the half-open range in
 * the block's own indices, or undefined when it is not there.
 */
export function findVerbatim(block: string, excerpt: string): { start: number; end: number } | undefined {
  return locate(normaliseWithMap(block), normaliseForMatch(excerpt));
}

/**
 * Many excerpts against the same blocks: each block is normalised once, not
 * once per excerpt (a story has dozens of excerpts and blocks).
 */
export function verbatimMatcher(blocks: readonly string[]) {
  const prepared = blocks.map(normaliseWithMap);
  return {
    /** Indices of every block holding `text`. */
    blocksWith(text: string): number[] {
      const needle = normaliseForMatch(text);
      return prepared.flatMap((block, i) => (locate(block, needle) ? [i] : []));
    },
    /** Index of the first block holding the excerpt, and the range in that block; undefined when none does. */
    find(excerpt: string): { block: number; start: number; end: number } | undefined {
      const needle = normaliseForMatch(excerpt);
      for (let i = 0; i < prepared.length; i++) {
        const range = locate(prepared[i]!, needle);
        if (range) return { block: i, ...range };
      }
      return undefined;
    },
    /**
     * For an excerpt that is not there: how far its words do match a passage, and
     * where the two part. `matched` is the excerpt's longest start found in a block
     * (whitespace collapsed); `excerptRest` and `articleRest` are what follows in
     * each, as written. Undefined when no more than a first word (or ten
     * characters) is found: then there is no telling where the editor copied from.
     */
    divergence(excerpt: string): { matched: string; excerptRest: string; articleRest: string } | undefined {
      const nfc = excerpt.normalize('NFC');
      const written = normaliseWithMap(nfc);
      const needle = written.text;
      const at = (length: number) => {
        const part = needle.slice(0, length);
        for (let i = 0; i < prepared.length; i++) {
          const found = prepared[i]!.text.indexOf(part);
          if (found >= 0) return { block: i, found };
        }
        return undefined;
      };
      // Found prefixes are prefix-closed, so the longest is found by bisection.
      let [lo, hi] = [0, needle.length];
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (at(mid)) lo = mid;
        else hi = mid - 1;
      }
      // A match of a word or two says nothing about where the editor copied from.
      const firstWord = needle.indexOf(' ') > 0 ? needle.indexOf(' ') : needle.length;
      const where = lo > firstWord && lo >= 10 ? at(lo) : undefined;
      if (!where) return undefined;
      const block = prepared[where.block]!;
      const source = blocks[where.block]!;
      const cut = written.map[lo]!;
      const articleCut = block.map[where.found + lo]!;
      return {
        matched: nfc.slice(0, cut).replace(/\s+/g, ' ').trimStart(),
        excerptRest: nfc.slice(cut).replace(/\s+/g, ' '),
        articleRest: source.slice(articleCut).replace(/\s+/g, ' '),
      };
    },
  };
}

/** A short, single-line preview of a long text for error messages. */
export function preview(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Ends `text` as a sentence: a full stop unless it already ends with one, or with ! ? or … (or a closing bracket after one). */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]\)?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Escapes text for an HTML text node or attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
