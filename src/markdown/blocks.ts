import type { Definition, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { isSafeImage, isSafeLink } from './rehype-safe-links.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Markup the site does not publish as written, at its 1-based line of the body. */
export interface Dropped {
  line: number;
  message: string;
}

export interface Body {
  /**
   * The article body as the reader sees it, one string per text block
   * (paragraph, heading, table cell). Excerpts must lie inside one block: that is
   * what the mark plugin can highlight in the rendered page.
   */
  blocks: string[];
  /** What rehype-safe-links and remark-inert-html will change: the editor is told, never left to find out. */
  dropped: Dropped[];
  /** What the renderer cannot read (an address with a broken `%` escape): content errors. */
  broken: Dropped[];
}

const decodes = (url: string) => {
  try {
    decodeURI(url);
    return true;
  } catch {
    return false;
  }
};

const shown = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const LINK_FIX =
  'Fix: link to an https:// address, a mailto: address or a page of this site (starting with /), or remove the link.';
const IMAGE_FIX =
  'Fix: use an https:// address or a file of the site under public/ (written from /, e.g. /images/chart.png).';
const HTML_FIX =
  'Fix: write it in markdown (**bold**, *italic*, [text](https://…)), put it in `backticks` if it is meant to show as code, or remove it.';

/** The body, parsed once: its text blocks and what will not be published as written. */
export function readBody(markdown: string): Body {
  const tree = parser.parse(markdown) as Root;
  const blocks: string[] = [];
  const dropped: Dropped[] = [];
  const broken: Dropped[] = [];
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  // Raw HTML is gathered per line: `<b>word</b>` is one warning, not two.
  const html = new Map<number, string[]>();
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(toString(node).normalize('NFC'));
      return 'skip';
    }
    return undefined;
  });
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') html.set(line, [...(html.get(line) ?? []), shown(node.value.trim().split('\n')[0]!)]);
    const url =
      node.type === 'link' || node.type === 'image'
        ? node.url
        : node.type === 'linkReference' || node.type === 'imageReference'
          ? definitions.get(node.identifier)?.url
          : undefined;
    if (url === undefined) return;
    if (!decodes(url))
      broken.push({
        line,
        message: `the address \`${shown(url)}\` has a \`%\` that is not followed by two hexadecimal digits of a valid character. Fix: write \`%25\` for a literal %, or copy the address again from the browser.`,
      });
    if ((node.type === 'link' || node.type === 'linkReference') && !isSafeLink(url))
      dropped.push({
        line,
        message: `the link "${shown(toString(node))}" goes to \`${shown(url)}\`, which is not a web address: readers see only its text. ${LINK_FIX}`,
      });
    if ((node.type === 'image' || node.type === 'imageReference') && !isSafeImage(url))
      dropped.push({
        line,
        message: `the image "${shown(node.alt ?? '')}" (\`${shown(url)}\`) is neither https:// nor a file of the site: readers see only its alt text. ${IMAGE_FIX}`,
      });
  });
  for (const [line, tags] of html)
    dropped.push({
      line,
      message: `the HTML ${tags.join(', ')} is shown to readers as typed, not as HTML (a story is text, never code). ${HTML_FIX}`,
    });
  dropped.sort((a, b) => a.line - b.line);
  return { blocks, dropped, broken };
}
