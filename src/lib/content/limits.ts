/**
 * What one story's text may cost the build, checked before any markdown parser sees it:
 * the parser's time grows with the square of the emphasis and link markers in a paragraph,
 * and deeply nested quotes or lists overflow its stack. No real story comes near these limits.
 */
export const BODY_LIMITS = {
  /** Characters of article text (a long read is about 60,000). */
  characters: 300_000,
  /** Quotes and lists inside each other on one line. */
  depth: 16,
  /** Quote and list markers starting lines, in the whole story (nested lists cost the parser the square of their items). */
  containersPerStory: 2_000,
  /** `*`, `_`, `~` and `[` in one paragraph (a table row counts as its own paragraph). */
  markersPerBlock: 400,
  /** The same markers in the whole story. */
  markersPerStory: 8_000,
} as const;

/** A limit the text goes past, at its 1-based line of the text when there is one. */
export interface OverLimit {
  line?: number;
  message: string;
}

const n = (value: number) => value.toLocaleString('en');
/** The quote and list markers a line starts with, and their indentation. */
const CONTAINERS = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/;
const MARKER = /(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/g;
const MARKERS = /[*_~[]/g;
const TABLE_ROW = /^[ \t]*\|/;

/** At most one problem of each kind, the first: the editor fixes it and checks again. */
export function overLimits(text: string): OverLimit[] {
  if (text.length > BODY_LIMITS.characters)
    return [
      {
        message: `the article text is ${n(text.length)} characters; a story may have at most ${n(BODY_LIMITS.characters)}. Fix: remove what was pasted by mistake, or split the story into parts.`,
      },
    ];
  const problems: OverLimit[] = [];
  const lines = text.split('\n');
  let deep: OverLimit | undefined;
  let dense: OverLimit | undefined;
  let total = 0;
  let containers = 0;
  let blockStart = 0;
  let inBlock = 0;
  const endBlock = () => {
    if (!dense && inBlock > BODY_LIMITS.markersPerBlock)
      dense = {
        line: blockStart + 1,
        message: `this paragraph has ${n(inBlock)} of the characters * _ ~ [ (emphasis and link markers); one paragraph may have at most ${BODY_LIMITS.markersPerBlock} (the build slows down sharply past that). Fix: split the paragraph, or write a run of these characters in \`backticks\` as code.`,
      };
    total += inBlock;
    inBlock = 0;
  };
  lines.forEach((line, index) => {
    const prefix = CONTAINERS.exec(line)?.[0] ?? /^[ \t]*/.exec(line)![0];
    const markers = prefix.match(MARKER)?.length ?? 0;
    containers += markers;
    const depth = Math.max(markers, Math.floor(prefix.replace(/\t/g, '    ').length / 4));
    if (!deep && depth > BODY_LIMITS.depth)
      deep = {
        line: index + 1,
        message: `this line nests ${n(depth)} quotes or lists inside each other; at most ${BODY_LIMITS.depth} are allowed (deeper nesting stops the build). Fix: remove the extra \`>\` or list markers, or the indentation.`,
      };
    const row = TABLE_ROW.test(line);
    if (line.trim() === '' || row) endBlock();
    if (inBlock === 0) blockStart = index;
    inBlock += line.match(MARKERS)?.length ?? 0;
    if (row) endBlock();
  });
  endBlock();
  if (deep) problems.push(deep);
  if (dense) problems.push(dense);
  if (total > BODY_LIMITS.markersPerStory)
    problems.push({
      message: `the article text has ${n(total)} of the characters * _ ~ [ (emphasis and link markers); a story may have at most ${n(BODY_LIMITS.markersPerStory)}. Fix: remove what was pasted by mistake, or split the story into parts.`,
    });
  if (containers > BODY_LIMITS.containersPerStory)
    problems.push({
      message: `the article text starts ${n(containers)} list items and quotes (counting each \`>\`, \`-\`, \`*\`, \`+\` or \`1.\` at the start of a line); a story may have at most ${n(BODY_LIMITS.containersPerStory)}. Fix: remove what was pasted by mistake, or split the story into parts.`,
    });
  return problems;
}
