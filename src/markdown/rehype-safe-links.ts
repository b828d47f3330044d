import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const SAFE_LINK = /^(?:https?:|mailto:|#|\/|\.{1,2}\/)/i;
const SAFE_IMAGE = /^(?:https:|\/(?![/\\]))/i;
/**
 * A same-site path as a browser reads it: tabs and newlines are dropped and `\`
 * is `/` (WHATWG URL), so `/\evil.example` and `\\evil.example` are
 * scheme-relative, i.e. links to another site.
 */
const OFF_SITE = /^(?:https?:|[/\\]{2})/i;
const asBrowserReads = (href: string) => href.replace(/[\t\n\r]/g, '').replace(/\\/g, '/');

/** Whether a link keeps its address (else it is unwrapped to its text); also used to warn the editor. */
export const isSafeLink = (href: string) => SAFE_LINK.test(asBrowserReads(href.trim()));
/** Whether an image is shown (else it becomes its alt text). */
export const isSafeImage = (src: string) => SAFE_IMAGE.test(asBrowserReads(src.trim()));

/**
 * Only http(s), mailto and same-site links survive; anything else
 * (`javascript:`, `data:`, …) is unwrapped to its text. External links get
 * `rel="noopener noreferrer"`. Images from anywhere but https or our own
 * `public/` become their alt text.
 */
export default function rehypeSafeLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return undefined;
      if (node.tagName === 'a') {
        const href = String(node.properties.href ?? '');
        if (!isSafeLink(href)) {
          parent.children.splice(index, 1, ...node.children);
          return [SKIP, index];
        }
        if (OFF_SITE.test(asBrowserReads(href.trim()))) node.properties.rel = ['noopener', 'noreferrer'];
      }
      if (node.tagName === 'img') {
        if (!isSafeImage(String(node.properties.src ?? ''))) {
          parent.children.splice(index, 1, { type: 'text', value: String(node.properties.alt ?? '') });
          return [SKIP, index];
        }
      }
      return undefined;
    });
  };
}
