import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { htmlPages } from './dist-pages.ts';
import { DIST } from './server.ts';

/**
 * Every internal link and #anchor in a built site resolves. `base` is the
 * configured sub-path (links must carry it); `root` the output folder.
 */
export function brokenLinks(root = DIST, base = '/'): string[] {
  const pages = htmlPages(root);
  const ids = new Map<string, Set<string>>();
  const trees = pages.map((page) => {
    const tree = fromHtml(page.html);
    const found = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (node.properties.id) found.add(String(node.properties.id));
    });
    ids.set(page.path, found);
    return { ...page, tree };
  });
  const prefix = base.replace(/\/+$/, '');
  const broken: string[] = [];
  for (const page of trees) {
    visit(page.tree, 'element', (node: Element) => {
      const attribute =
        node.tagName === 'a' || node.tagName === 'link'
          ? 'href'
          : node.tagName === 'img'
            ? 'src'
            : node.tagName === 'meta' && /^(https?:)?\/\//.test(String(node.properties.content ?? ''))
              ? 'content'
              : undefined;
      if (!attribute || node.properties[attribute] === undefined) return;
      const value = String(node.properties[attribute]);
      if (
        /^(https?:|mailto:|data:)/i.test(value) &&
        !value.startsWith('http://localhost') &&
        !value.startsWith('http://127.')
      )
        return;
      const url = new URL(value, `http://site${prefix}/${page.path}`);
      if (url.host !== 'site' && !/^(localhost|127\.)/.test(url.hostname)) return;
      if (!url.pathname.startsWith(`${prefix}/`)) {
        broken.push(`${page.path}: ${value} is outside the base ${base}`);
        return;
      }
      let target = url.pathname.slice(prefix.length + 1);
      if (target === '' || target.endsWith('/')) target += 'index.html';
      if (!existsSync(join(root, target))) {
        broken.push(`${page.path}: ${value} → missing ${target}`);
        return;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !(ids.get(target) ?? new Set()).has(anchor)) {
        broken.push(`${page.path}: ${value} → no #${anchor} in ${target}`);
      }
    });
  }
  return [...broken, ...brokenDataLinks(root, base)];
}

/** Files other than HTML that carry our own absolute URLs (feeds, sitemap, oEmbed, exports, manifest). */
const DATA_FILE = /\.(xml|json|webmanifest|txt|csv)$/;

/** Every absolute URL on our own (loopback) origin inside feeds, sitemaps and JSON files points to a file. */
function brokenDataLinks(root: string, base: string): string[] {
  const prefix = base.replace(/\/+$/, '');
  const broken: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (DATA_FILE.test(name)) {
        const path = relative(root, full);
        const text = readFileSync(full, 'utf8');
        for (const [url] of text.matchAll(/https?:\/\/(?:localhost|127\.[\d.]+)(?::\d+)?\/[^\s"'<>\\)]*/g)) {
          const { pathname } = new URL(url);
          if (!pathname.startsWith(`${prefix}/`)) {
            broken.push(`${path}: ${url} is outside the base ${base}`);
            continue;
          }
          let target = decodeURIComponent(pathname.slice(prefix.length + 1));
          if (target === '' || target.endsWith('/')) target += 'index.html';
          if (!existsSync(join(root, target))) broken.push(`${path}: ${url} → missing ${target}`);
        }
      }
    }
  };
  walk(root);
  return broken;
}
