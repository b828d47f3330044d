import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ExcerptMark } from '../lib/marks.ts';
import { locate, normaliseForMatch, normaliseWithMap } from '../lib/text.ts';

/** Elements whose text is one block, as in `readBody().blocks`. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'li', 'dt', 'dd', 'figcaption']);
const NESTED_BLOCKS = new Set(['p', 'ul', 'ol', 'div', 'blockquote', 'table']);

interface Placed {
  mark: ExcerptMark;
  start: number;
  end: number;
}

type ParentNode = Root | Element;

const REF_CLASS = 'excerpt-ref';
/** A reference link with the punctuation after it, on one line. */
const KEEP_CLASS = 'excerpt-keep';

/** Our own reference links are not article text: offsets ignore them. */
function isRef(node: Element): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes(REF_CLASS);
}

/** Text nodes of a block in reading order, with their offsets in the block's text. */
function textRuns(block: Element): { node: Text; parent: Element; start: number; insideLink: boolean }[] {
  const runs: { node: Text; parent: Element; start: number; insideLink: boolean }[] = [];
  let offset = 0;
  const walk = (parent: Element, insideLink: boolean) => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        runs.push({ node: child, parent, start: offset, insideLink });
        offset += child.value.length;
      } else if (child.type === 'element' && !isRef(child)) {
        walk(child, insideLink || child.tagName === 'a');
      }
    }
  };
  walk(block, false);
  return runs;
}

/** Splits text nodes so that every boundary falls between nodes. */
function splitAt(block: Element, boundaries: number[]) {
  for (const run of textRuns(block)) {
    const cuts = boundaries.filter((b) => b > run.start && b < run.start + run.node.value.length).sort((a, b) => a - b);
    if (!cuts.length) continue;
    const pieces: Text[] = [];
    let from = 0;
    for (const cut of [...cuts.map((c) => c - run.start), run.node.value.length]) {
      pieces.push({ type: 'text', value: run.node.value.slice(from, cut) });
      from = cut;
    }
    const at = run.parent.children.indexOf(run.node);
    run.parent.children.splice(at, 1, ...pieces);
  }
}

/** Punctuation that closes what comes before it: it must not start a line. */
const CLOSING = /^[.,;:!?)\]}»”’…\u00A0]+/;

/**
 * A reference link is an inline block, and a line may break after any inline block,
 * even before a full stop: "April 2010 [E4]" / ".". Each link and the punctuation
 * that follows it are kept together in a span that does not wrap.
 */
function keepPunctuation(block: Element) {
  visit(block, 'element', (node: Element) => {
    if (((node.properties.className as string[] | undefined) ?? []).includes(KEEP_CLASS)) return SKIP;
    node.children.forEach((child, i) => {
      // The text after the link (splitting may have left empty text nodes in between).
      const next = node.children.slice(i + 1).find((c) => c.type !== 'text' || c.value !== '');
      if (child.type !== 'element' || !isRef(child) || next?.type !== 'text') return;
      const closing = CLOSING.exec(next.value)?.[0];
      if (!closing) return;
      next.value = next.value.slice(closing.length);
      node.children.splice(i, 1, {
        type: 'element',
        tagName: 'span',
        properties: { className: [KEEP_CLASS] },
        children: [child, { type: 'text', value: closing }],
      });
    });
    return undefined;
  });
}

function wrap(block: Element, placed: Placed) {
  const runs = textRuns(block).filter(
    (r) => r.start >= placed.start && r.start < placed.end && r.node.value.length > 0,
  );
  runs.forEach((run, i) => {
    const mark: Element = {
      type: 'element',
      tagName: 'mark',
      properties: {
        className: ['excerpt', `excerpt--${placed.mark.kind}`],
        ...(i === 0 ? { id: placed.mark.anchor } : {}),
      },
      children: [run.node],
    };
    const at = run.parent.children.indexOf(run.node);
    run.parent.children.splice(at, 1, mark);
    if (i === runs.length - 1 && !run.insideLink) {
      // The label ("E4") is drawn by the style sheet from `data-label`, not written as text: text
      // would glue to the word before it wherever the page is read as plain text (a copied
      // passage, reader mode, a search snippet: "…in SeptemberE4 that…"). The link's name, which
      // starts with the label, is its `aria-label`.
      const ref: Element = {
        type: 'element',
        tagName: 'a',
        properties: {
          className: [REF_CLASS, `excerpt-ref--${placed.mark.kind}`],
          href: placed.mark.href,
          ariaLabel: placed.mark.description,
          dataLabel: placed.mark.label,
          ...placed.mark.voice,
        },
        children: [],
      };
      run.parent.children.splice(at + 1, 0, ref);
    }
  });
}

function isBlock(node: Element): boolean {
  return BLOCKS.has(node.tagName) && !node.children.some((c) => c.type === 'element' && NESTED_BLOCKS.has(c.tagName));
}

/**
 * Marks each claim/assessment/event excerpt in the article (`<mark id="claim-…">`)
 * and follows it with a short reference link to where it is compared. The marks
 * come from validated data (see the stories loader); a mark that cannot be
 * placed is an error, never a silent omission.
 */
export default function rehypeMarkExcerpts() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: { marks?: ExcerptMark[] } } }).astro?.frontmatter;
    const marks = frontmatter?.marks ?? [];
    if (!marks.length) return;
    const pending = new Set(marks);
    // Each excerpt and each block is normalised once, not once per pair.
    const needles = new Map(marks.map((mark) => [mark, normaliseForMatch(mark.excerpt)]));
    const blocks: Element[] = [];
    const collect = (node: ParentNode) => {
      for (const child of node.children as ElementContent[]) {
        if (child.type !== 'element') continue;
        if (isBlock(child)) blocks.push(child);
        else collect(child);
      }
    };
    collect(tree);
    for (const block of blocks) {
      for (const run of textRuns(block)) run.node.value = run.node.value.normalize('NFC');
      const text = textRuns(block)
        .map((r) => r.node.value)
        .join('');
      const normalised = normaliseWithMap(text);
      const placed: Placed[] = [];
      for (const mark of pending) {
        const range = locate(normalised, needles.get(mark)!);
        if (range) placed.push({ mark, ...range });
      }
      if (!placed.length) continue;
      placed.forEach((p) => pending.delete(p.mark));
      splitAt(
        block,
        placed.flatMap((p) => [p.start, p.end]),
      );
      // Outer ranges first, so a nested excerpt's mark sits inside its container's.
      placed.sort((a, b) => a.start - b.start || b.end - a.end).forEach((p) => wrap(block, p));
      keepPunctuation(block);
    }
    if (pending.size) {
      const missing = [...pending].map((m) => m.anchor).join(', ');
      throw new Error(
        `Could not mark ${missing} in ${file.path ?? 'the article'}: excerpt not found in one block of the rendered text.`,
      );
    }
  };
}
