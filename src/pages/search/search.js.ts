import type { APIRoute } from 'astro';
import { minify } from 'vite';
import source from '../../scripts/search.js?raw';

/**
 * The search page's script (`routes.searchScript()`), served minified from its
 * readable source. Not bundled by Vite: its bundle rewrites the run-time
 * `import()` of Pagefind's own module, which must load from our origin as is.
 */
export const GET: APIRoute = async () => {
  const { code, errors } = await minify('search.js', source, {});
  if (errors.length > 0) throw new Error(`search.js: ${errors.map((e) => e.message).join('; ')}`);
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
