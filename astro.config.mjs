// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { markdownOptions } from './src/markdown/pipeline.ts';

/**
 * Deployment settings come from the environment, never from code edits:
 *   COUNTERPOINT_SITE  absolute origin, e.g. https://news.example.org
 *   COUNTERPOINT_BASE  sub-path, e.g. /analysis (default /)
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
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  markdown: {
    processor: unified(markdownOptions),
  },
});
