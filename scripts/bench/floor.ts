/**
 * Astro's floor: a throwaway bare Astro project that writes a trivial page (or
 * file) at every URL the real build wrote, with no content processing. Our
 * build time over its build time is the overhead we own.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** URL paths (`/a/b/`) of the pages, and file paths of the other outputs, of a real build. */
export function floorRoutes(paths: string[]): { pages: string[]; files: string[] } {
  const pages: string[] = [];
  const files: string[] = [];
  for (const path of paths) {
    // Astro writes 404.html itself for a 404 page; the floor has one too.
    if (path === '404.html') continue;
    if (path.endsWith('index.html')) pages.push(path.slice(0, -'index.html'.length).replace(/\/$/, ''));
    else if (path.endsWith('.html') || path.startsWith('_astro/') || path === '_headers') continue;
    else files.push(path);
  }
  return { pages, files };
}

/**
 * Writes the floor project into `dir`: our build settings (directory format,
 * trailing slashes, inlined styles, page concurrency, CSP, sitemap), one page
 * route and one endpoint route, and `node_modules` linked to this project's.
 */
export function writeFloorProject(dir: string, projectRoot: string, routes: { pages: string[]; files: string[] }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/x'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'floor', private: true, type: 'module' }));
  // Astro's own work that our config asks for (page concurrency, the CSP hashes,
  // the sitemap) is part of the floor, not of our overhead: same settings as astro.config.mjs.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import sitemap from '@astrojs/sitemap';
export default {
  site: 'http://localhost:4321',
  outDir: process.env.FLOOR_OUT_DIR,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
  devToolbar: { enabled: false },
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
  return routes.pages.map((path) => ({ params: { path: path || undefined } }));
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
  return routes.files.map((file) => ({ params: { file } }));
}
export function GET({ params }) {
  return new Response(String(params.file));
}
`,
  );
}
