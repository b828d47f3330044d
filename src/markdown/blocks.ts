import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * The article body as the reader sees it, one string per text block
 * (paragraph, heading, table cell). Excerpts must lie inside one block: that is
 * what the mark plugin can highlight in the rendered page.
 */
export function textBlocks(markdown: string): string[] {
  const tree = parser.parse(markdown) as Root;
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(toString(node).normalize('NFC'));
      return 'skip';
    }
    return undefined;
  });
  return blocks;
}
