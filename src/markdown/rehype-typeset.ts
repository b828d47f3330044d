import type { Element, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { typesetter } from '../lib/typeset.ts';

/** Text a reader does not read as prose: left exactly as written. */
const LITERAL = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

/**
 * Typesets the article's text for its language (src/lib/typeset.ts), which the
 * stories loader hands over beside the marks. Code is left as written.
 */
export default function rehypeTypeset() {
  return (tree: Root, file: VFile) => {
    const lang = (file.data as { astro?: { frontmatter?: { lang?: string } } }).astro?.frontmatter?.lang;
    const typeset = lang ? typesetter(lang) : undefined;
    if (!typeset) return;
    visit(tree, (node) => {
      if (node.type === 'element' && LITERAL.has((node as Element).tagName)) return SKIP;
      if (node.type === 'text') (node as Text).value = typeset((node as Text).value);
      return undefined;
    });
  };
}
