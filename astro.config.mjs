// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import headers from './src/integrations/headers.ts';
import keepOutput from './src/integrations/keep-output.ts';
import previewImages from './src/integrations/preview-images.ts';
import searchIndex from './src/integrations/search-index.ts';
import siteAddress from './src/integrations/site-address.ts';
import { markdownOptions } from './src/markdown/pipeline.ts';

/**
 * Deployment settings come from the environment, never from code edits:
 *   COUNTERPOINT_SITE  absolute origin, e.g. https://news.example.org
 *   COUNTERPOINT_BASE  sub-path, e.g. /analysis (default /)
 *   COUNTERPOINT_EMBED_ANCESTORS  who may frame /embed/* pages (default *)
 *   COUNTERPOINT_OUT_DIR / COUNTERPOINT_CONTENT_DIR  for tests and benchmarks
 */
const site = process.env.COUNTERPOINT_SITE ?? 'http://localhost:4321';
const base = process.env.COUNTERPOINT_BASE ?? '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.COUNTERPOINT_OUT_DIR ?? './dist',
  // Each content root gets its own cache, so fixture builds never mix with the real site's data store.
  cacheDir: process.env.COUNTERPOINT_CONTENT_DIR
    ? `./node_modules/.astro-cache/${process.env.COUNTERPOINT_CONTENT_DIR.replace(/[^a-zA-Z0-9]+/g, '_')}`
    : './node_modules/.astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    inlineStylesheets: 'always',
    // Pages render while others are written to disk and preview images are drawn
    // on worker threads: about a quarter off a 100-story build (npm run bench).
    concurrency: 8,
  },
  devToolbar: { enabled: false },
  // A story's pages carry a cacheKey (src/lib/data.ts): a build without --force
  // reuses the last build's files for stories, cards and code that did not change.
  experimental: { incrementalBuild: true },
  integrations: [
    siteAddress({ configured: process.env.COUNTERPOINT_SITE !== undefined }),
    headers({ embedAncestors: process.env.COUNTERPOINT_EMBED_ANCESTORS ?? '*' }),
    // In `astro build`, preview images start drawing during the content sync.
    previewImages(),
    // Embeds and the 404 page are noindex: keep them out of the sitemap.
    sitemap({ filter: (page) => !/\/(embed\/|404\/?$)/.test(new URL(page).pathname) }),
    // The search index (Pagefind), from the records the build wrote.
    searchIndex(),
    // Last: once every file of this build is written, it removes what the last
    // build wrote and this one did not (src/integrations/keep-output.ts).
    keepOutput(),
  ],
  security: {
    // Astro hashes its own scripts and styles into a <meta> CSP; framing rules
    // cannot live in <meta> and are sent as headers (src/integrations/headers.ts).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' https:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ],
    },
  },
  markdown: {
    processor: unified(markdownOptions),
    // A news story's code blocks stay plain: Shiki colours them with inline styles,
    // which the CSP above does not allow (Astro warned about it on every build).
    syntaxHighlight: false,
  },
});
