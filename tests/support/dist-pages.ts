import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { DIST } from './server.ts';

/** Every HTML file of a built site, as `{ path, html }` with `path` relative to the root. */
export function htmlPages(root = DIST): { path: string; html: string }[] {
  const out: { path: string; html: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push({ path: relative(root, full), html: readFileSync(full, 'utf8') });
    }
  };
  walk(root);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Ids used more than once on one page, as `page: id` (an anchor lands on the first; a script finds the wrong one). */
export function duplicateIds(pages: readonly { path: string; html: string }[]): string[] {
  const found: string[] = [];
  for (const { path, html } of pages) {
    const seen = new Set<string>();
    visit(fromHtml(html), 'element', (node: Element) => {
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      if (seen.has(id)) found.push(`${path}: ${id}`);
      seen.add(id);
    });
  }
  return found;
}
