/**
 * Astro's floor: a throwaway bare Astro project that writes a trivial page (or
 * file) at every URL the real build wrote, with no content processing. Our
 * build time over its build time is the overhead we own.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FloorRoutes {
  pages: string[];
  files: string[];
  /** The pages and files of stories: ours carry a `cacheKey` (src/lib/data.ts), so the floor's do too. */
  keyed: string[];
}

/**
 * Whether an output belongs to a story (every route under `[slug]`, `embed/[slug]`,
 * `oembed/[slug]`, `og/[slug]`), not to the site: the home page and its pages
 * (`page/N`), feeds, `robots.txt`, the manifest, the schema, `og/index.png`, `embed.js`.
 */
function isStoryOutput(path: string, page: boolean): boolean {
  const parts = path.split('/');
  if (page) return path !== '' && parts[0] !== 'page';
  return parts.length >= 2 && parts[0] !== 'schema' && !(parts[0] === 'og' && parts.length === 2);
}

/** URL paths (`/a/b/`) of the pages, and file paths of the other outputs, of a real build. */
export function floorRoutes(paths: string[]): FloorRoutes {
  const routes: FloorRoutes = { pages: [], files: [], keyed: [] };
  for (const path of paths) {
    // Astro writes 404.html itself for a 404 page; the floor has one too.
    if (path === '404.html') continue;
    const page = path.endsWith('index.html');
    if (!page && (path.endsWith('.html') || path.startsWith('_astro/') || path === '_headers')) continue;
    const route = page ? path.slice(0, -'index.html'.length).replace(/\/$/, '') : path;
    (page ? routes.pages : routes.files).push(route);
    if (isStoryOutput(route, page)) routes.keyed.push(route);
  }
  return routes;
}

/**
 * Writes the floor project into `dir`: our build settings (directory format,
 * trailing slashes, inlined styles, page concurrency, CSP, sitemap), one page
 * route and one endpoint route, and `node_modules` linked to this project's.
 */
export function writeFloorProject(dir: string, projectRoot: string, routes: FloorRoutes) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/x'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'floor', private: true, type: 'module' }));
  // Astro's own work that our config asks for (page concurrency, the CSP hashes, the sitemap,
  // the incremental build's cache of every keyed output) is part of the floor, not of our
  // overhead: same settings as astro.config.mjs.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import sitemap from '@astrojs/sitemap';
export default {
  site: 'http://localhost:4321',
  outDir: process.env.FLOOR_OUT_DIR,
  // Its own cache (node_modules is this project's, linked): the floor's never mixes with the site's.
  cacheDir: './.astro-cache',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
  devToolbar: { enabled: false },
  experimental: { incrementalBuild: true },
  integrations: [sitemap()],
  security: { csp: { directives: ["default-src 'self'", "img-src 'self' https:", "object-src 'none'", "base-uri 'none'", "form-action 'none'"] } },
};
`,
  );
  writeFileSync(join(dir, 'routes.json'), JSON.stringify(routes));
  // One trivial page per URL of the real build, same URL shapes.
  writeFileSync(
    join(dir, 'src/pages/[...path].astro'),
    `---
import routes from '../../routes.json';
export function getStaticPaths() {
  const keyed = new Set(routes.keyed);
  return routes.pages.map((path) => ({ params: { path: path || undefined }, ...(keyed.has(path) ? { cacheKey: path } : {}) }));
}
const { path } = Astro.params;
---
<html lang="en"><head><meta charset="utf-8"><title>{path ?? 'home'}</title></head><body><h1>{path ?? 'home'}</h1><p>A trivial page.</p></body></html>
`,
  );
  writeFileSync(
    join(dir, 'src/pages/404.astro'),
    '<html lang="en"><head><title>404</title></head><body>404</body></html>\n',
  );
  // Non-HTML outputs (preview images, data, feeds) as trivial endpoints. They live
  // under a fixed prefix so the two rest routes never compete; the count is the same.
  writeFileSync(
    join(dir, 'src/pages/x/[...file].ts'),
    `import routes from '../../../routes.json';
export function getStaticPaths() {
  const keyed = new Set(routes.keyed);
  return routes.files.map((file) => ({ params: { file }, ...(keyed.has(file) ? { cacheKey: file } : {}) }));
}
export function GET({ params }) {
  return new Response(String(params.file));
}
`,
  );
}
