// One built page per kind of page (index and its later pages, article, claims, timeline, permalinks, embeds…),
// for the gates that would be too slow over every page (axe, Lighthouse).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Map of page kind (the URL with story slugs and item ids as `:slug` / `:id`) to the
 * root-relative path of the first built page of that kind (`''` for the index).
 */
export function pageKinds(root) {
  const dirs = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') dirs.push(relative(root, dir).replace(/\\/g, '/'));
    }
  };
  walk(root);
  const kinds = new Map();
  for (const path of dirs.sort()) {
    const segments = path ? path.split('/') : [];
    const kind =
      segments[0] === 'embed'
        ? ['embed', ...segments.slice(2).map((s, i) => (i === 1 ? ':id' : s))].join('/')
        : segments[0] === 'page'
          ? 'page/:n'
          : segments.map((s, i) => (i === 0 ? ':slug' : i === 2 ? ':id' : s)).join('/');
    if (!kinds.has(kind)) kinds.set(kind, path ? `${path}/` : '');
  }
  return kinds;
}
