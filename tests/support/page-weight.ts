import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlPages } from './dist-pages.ts';
import { DIST } from './server.ts';

/** Budgets from the product brief (gzip bytes). */
export const BUDGETS = { html: 14 * 1024, optionalJs: 3 * 1024 };

export interface PageWeight {
  path: string;
  htmlRaw: number;
  htmlGzip: number;
  /** External CSS the page links (ours is inlined, so normally 0). */
  cssGzip: number;
  /** Scripts the page loads (all optional enhancements), gzip. */
  jsGzip: number;
  /** Raw (uncompressed) bytes of the same linked CSS and scripts. */
  cssRaw: number;
  jsRaw: number;
  /** Local images the page shows (`<img src>`), raw and gzip. */
  imgRaw: number;
  imgGzip: number;
}

const gz = (buffer: Buffer | string) => gzipSync(buffer, { level: 9 }).length;

/** Bytes each built page costs a reader: its HTML (with inlined CSS), linked CSS and scripts. */
export function pageWeights(root = DIST, base = '/'): PageWeight[] {
  const prefix = base.replace(/\/+$/, '');
  const local = (url: string) => join(root, url.replace(/^https?:\/\/[^/]+/, '').slice(prefix.length));
  return htmlPages(root).map(({ path, html }) => {
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => local(m[1]!));
    const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => local(m[1]!));
    const img = [...html.matchAll(/<img[^>]+src="([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((src) => src.startsWith('/') && !src.startsWith('//'))
      .map(local)
      .filter((file) => existsSync(file));
    const raw = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);
    return {
      path,
      htmlRaw: Buffer.byteLength(html),
      htmlGzip: gz(html),
      cssGzip: css.reduce((sum, file) => sum + gz(readFileSync(file)), 0),
      jsGzip: js.reduce((sum, file) => sum + gz(readFileSync(file)), 0),
      cssRaw: raw(css),
      jsRaw: raw(js),
      imgRaw: raw(img),
      imgGzip: img.reduce((sum, file) => sum + gz(readFileSync(file)), 0),
    };
  });
}

export function weightTable(weights: PageWeight[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows = weights.map((w) =>
    [
      w.path.padEnd(60),
      kb(w.htmlRaw).padStart(9),
      kb(w.htmlGzip + w.cssGzip).padStart(9),
      kb(w.jsGzip).padStart(9),
    ].join(' '),
  );
  return [
    `${'page'.padEnd(60)} ${'html'.padStart(9)} ${'html+css gz'.padStart(9)} ${'js gz'.padStart(9)}`,
    ...rows,
  ].join('\n');
}
