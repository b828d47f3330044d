import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A YAML document with a way back from field paths to line numbers. */
export interface ParsedYaml {
  data: unknown;
  /** 1-based line of the value at a field path (or of its nearest parent). */
  lineOf(path: readonly (string | number)[]): number | undefined;
  /** YAML syntax errors, already located. */
  errors: { message: string; line?: number }[];
}

/** How to mend the YAML mistakes editors make most, by the parser's message. */
const YAML_FIXES: [RegExp, string][] = [
  [
    /All mapping items must start at the same column/,
    'Fix: line up the fields of each entry: every field of one entry starts in the same column as its first (count the spaces).',
  ],
  [
    /Sequence item without - indicator/,
    'Fix: start each entry of a list with `- `, and line up its other fields under its first.',
  ],
  [/Tabs are not allowed/, 'Fix: indent with spaces, not tabs.'],
  [/Map keys must be unique/, 'Fix: a field is written twice in one entry: keep one.'],
  [
    /Nested mappings are not allowed in compact mappings/,
    'Fix: a text with `: ` in it must be in quotes, e.g. `statement: "Pay: fair"`.',
  ],
  // The parser names the mark: `Missing closing "quote`, `Missing closing 'quote`.
  [/Missing closing ['"]?quote/, 'Fix: close the quotation mark that opens this text.'],
  [
    /Flow (sequence|map)\b/,
    'Fix: close the `[` with `]` (or the `{` with `}`) on the same line; put an item that has a comma in quotes.',
  ],
];

export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // The first syntax error only: the ones after it are mostly its knock-on effects (one tab
  // used for indentation gave 22), and they bury the one to fix.
  const errors = doc.errors.slice(0, 1).map((error) => {
    const offset = error.pos?.[0];
    const line = offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset;
    const message = error.message.split('\n')[0] ?? error.message;
    const fix = YAML_FIXES.find(([pattern]) => pattern.test(message))?.[1];
    return { message: fix ? `${message.replace(/\.?$/, '.')} ${fix.replace(/\.$/, '')}` : message, line };
  });
  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS();
    } catch (error) {
      // Resolving aliases can fail after a clean parse (`*undefined-anchor`, alias bombs).
      const message = error instanceof Error ? error.message : String(error);
      errors.push({ message: message.split('\n')[0] ?? message, line: undefined });
    }
  }
  return {
    data,
    errors,
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        // For a key whose value is missing, point at the parent object.
        if (node && typeof node === 'object' && 'range' in node && node.range) {
          return lineCounter.linePos(node.range[0]).line + lineOffset;
        }
        if (depth > 0) {
          const parent = doc.getIn(path.slice(0, depth - 1), true);
          if (isMap(parent) || isSeq(parent)) {
            const item = isMap(parent)
              ? parent.items.find((pair) => (pair.key as { value?: unknown })?.value === path[depth - 1])
              : undefined;
            const key = item?.key as { range?: [number, number, number] } | undefined;
            if (key?.range) return lineCounter.linePos(key.range[0]).line + lineOffset;
          }
        }
      }
      return undefined;
    },
  };
}

/** Splits `---\nyaml\n---\nbody`. Returns undefined when there is no frontmatter fence. */
export function splitFrontmatter(source: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  const yaml = match[1] ?? '';
  return { yaml, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
