// One built page per kind of page (index and its later pages, article, claims, timeline, permalinks, embeds…),
// for the gates that would be too slow over every page (axe, Lighthouse).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ARCHIVE = new Set(['actors', 'topics', 'places', 'search']);

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
  // The archive's pages: the three directories share one layout and so one kind, as do the
  // pages of a topic and of a place; so each new layout adds one kind, not one per URL.
  const archive = (segments) => {
    const [root, key, ...rest] = segments;
    const listing = root === 'topics' || root === 'places' ? 'topics|places' : root;
    if (!key) return root === 'search' ? 'search' : 'actors|topics|places';
    return [listing, ':id', ...rest.map((s, i) => (i === 1 ? ':n' : s))].join('/');
  };
  const kinds = new Map();
  for (const path of dirs.sort()) {
    const segments = path ? path.split('/') : [];
    const kind = ARCHIVE.has(segments[0])
      ? archive(segments)
      : segments[0] === 'embed'
        ? ['embed', ...segments.slice(2).map((s, i) => (i === 1 ? ':id' : s))].join('/')
        : segments[0] === 'page'
          ? 'page/:n'
          : segments.map((s, i) => (i === 0 ? ':slug' : i === 2 ? ':id' : s)).join('/');
    if (!kinds.has(kind)) kinds.set(kind, path ? `${path}/` : '');
  }
  return kinds;
}
