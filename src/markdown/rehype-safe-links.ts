import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const SAFE_LINK = /^(?:https?:|mailto:|#|\/(?!\/)|\.{0,2}\/)/i;
const SAFE_IMAGE = /^(?:https:|\/(?!\/))/i;

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
        const href = String(node.properties.href ?? '').trim();
        if (!SAFE_LINK.test(href)) {
          parent.children.splice(index, 1, ...node.children);
          return [SKIP, index];
        }
        if (/^https?:/i.test(href)) node.properties.rel = ['noopener', 'noreferrer'];
      }
      if (node.tagName === 'img') {
        const src = String(node.properties.src ?? '').trim();
        if (!SAFE_IMAGE.test(src)) {
          parent.children.splice(index, 1, { type: 'text', value: String(node.properties.alt ?? '') });
          return [SKIP, index];
        }
      }
      return undefined;
    });
  };
}
