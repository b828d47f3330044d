import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Every id an editor's heading gets starts so; none of our own anchors does (claim-, event-, main, corrections…). */
export const HEADING_ID_PREFIX = 'section-';

/** The heading's words in id form, in any script: "Key dates" → `key-dates`, "خلفية" → `خلفية`. */
const idForm = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

/**
 * Ids for the editor's headings in a namespace of their own, so `## Corrections`
 * or `### Claim x` cannot take the id of one of our anchors; a repeated heading
 * gets `-2`, `-3`. Runs before Astro's heading ids, which keep an id already set.
 */
export default function rehypeHeadingIds() {
  return (tree: Root) => {
    const used = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (!/^h[1-6]$/.test(node.tagName)) return;
      let text = '';
      visit(node, 'text', (child) => {
        text += child.value;
      });
      const base = `${HEADING_ID_PREFIX}${idForm(text) || 'heading'}`;
      let id = base;
      // "A", "A 2", "A": the third must not take the second's `-2`.
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      node.properties.id = id;
    });
  };
}
