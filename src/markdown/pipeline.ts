import rehypeHeadingIds from './rehype-heading-ids.ts';
import rehypeMarkExcerpts from './rehype-mark-excerpts.ts';
import rehypeSafeLinks from './rehype-safe-links.ts';
import rehypeTypeset from './rehype-typeset.ts';
import remarkInertHtml from './remark-inert-html.ts';

/**
 * Our unified pipeline, shared by astro.config.mjs and the fixture tests so
 * both run exactly the same plugins.
 */
export const markdownOptions = {
  // The publisher's typography is kept as written: smart quotes would alter verbatim text.
  // (rehypeTypeset only makes typed spaces non-breaking where the story's language asks.)
  smartypants: false,
  remarkPlugins: [remarkInertHtml],
  rehypePlugins: [rehypeSafeLinks, rehypeTypeset, rehypeMarkExcerpts, rehypeHeadingIds],
};
