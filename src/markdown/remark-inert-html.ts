import type { Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Content is data, never code: raw HTML in a story body is shown as the text
 * the editor typed, not interpreted. (Astro's pipeline would otherwise parse it
 * with rehype-raw.) Block-level HTML becomes a paragraph of text.
 */
export default function remarkInertHtml() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const text = { type: 'text' as const, value: node.value };
      const inline =
        parent.type === 'paragraph' ||
        parent.type === 'heading' ||
        parent.type === 'emphasis' ||
        parent.type === 'strong' ||
        parent.type === 'link' ||
        parent.type === 'delete' ||
        parent.type === 'tableCell';
      parent.children[index] = (inline ? text : { type: 'paragraph', children: [text] }) as Parent['children'][number];
    });
  };
}
