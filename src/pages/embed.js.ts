import type { APIRoute } from 'astro';
// Vite is Astro's own bundler; its minifier (Oxc) is what builds our other scripts.
import { minify } from 'vite';
import source from '../scripts/embed-host.js?raw';

/**
 * The host-side script (`routes.embedScript()`), served minified from its
 * readable source: pages that paste our embed code load it from here.
 */
export const GET: APIRoute = async () => {
  const { code, errors } = await minify('embed.js', source, {});
  if (errors.length > 0) throw new Error(`embed-host.js: ${errors.map((e) => e.message).join('; ')}`);
  return new Response(`/*! Counterpoint embed: sizes our iframes to their content. README, "Embedding". */\n${code}`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
