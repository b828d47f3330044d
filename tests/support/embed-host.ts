import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DIST } from './server.ts';

// Generous: frames load on a shared, busy machine; a pass is usually well under a second.
export const POLL = { timeout: 20_000 };

/**
 * A stand-in for a newsroom's site: another loopback port (so another origin)
 * that serves whatever HTML a test gives it, with no headers of ours.
 */
export interface HostSite {
  /** Origin with a trailing slash, e.g. http://localhost:40123/ */
  url: string;
  /** Serves `html` at `path` (e.g. `host/claims.html`; a `.js` path as a script) and returns its URL. */
  page(path: string, html: string): string;
  close(): Promise<void>;
}

export function startHost(): Promise<HostSite> {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\//, '');
    const html = pages.get(path);
    const type = extname(path) === '.js' ? 'text/javascript' : 'text/html';
    res.writeHead(html === undefined ? 404 : 200, { 'Content-Type': `${type}; charset=utf-8` });
    res.end(html ?? 'not found');
  });
  return new Promise((done) => {
    // `localhost`, not 127.0.0.1: a different host name as well as a different port.
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const url = `http://localhost:${port}/`;
      done({
        url,
        page(path, html) {
          pages.set(path, html);
          return `${url}${path}`;
        },
        close: () =>
          new Promise((closed) => {
            server.close(() => closed());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** An HTML page of the host site around `body`. */
export function hostPage(body: string, title = 'Host newsroom page'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body style="margin:0;padding:16px;font-family:sans-serif"><main><h1>${title}</h1><p>Some of the host’s own text before the embed.</p>${body}<p>Host text after the embed.</p></main></body></html>`;
}

/** The absolute origin the build wrote into its pages (`COUNTERPOINT_SITE`), read from a canonical link. */
export function builtOrigin(): string {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  return new URL(/<link rel="canonical" href="([^"]+)"/.exec(html)![1]!).origin;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/**
 * The embed code exactly as a producer copies it from a built full page
 * (`/<slug>/`, `/<slug>/claims/`, …), with the configured site origin (what
 * the build wrote) replaced by `origin` (where the test serves the build).
 */
export function embedCodeFromPage(pagePath: string, origin: string): string {
  const html = readFileSync(join(DIST, pagePath, 'index.html'), 'utf8');
  const code = /<textarea[^>]*class="embed-panel__code"[^>]*>([^<]*)<\/textarea>/.exec(html)?.[1];
  if (code === undefined) throw new Error(`No embed code on ${pagePath}`);
  return code
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]!)
    .replaceAll(builtOrigin(), origin);
}

/** The iframe (first match of `selector`) once its document has loaded. */
export async function frameOf(tab: Page, selector = 'iframe'): Promise<Frame> {
  const handle = await tab.waitForSelector(selector);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForLoadState('load');
  return frame;
}

/** The frame's height in the host page, its content's height, and whether it scrolls inside. */
export async function fit(tab: Page, frame: Frame, selector = 'iframe') {
  const frameHeight = await tab.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
  const inside = await frame.evaluate(() => ({
    content: Math.ceil(document.body.getBoundingClientRect().height),
    overflows: document.documentElement.scrollHeight > document.documentElement.clientHeight,
  }));
  return { frameHeight, ...inside };
}

/** Waits until the frame is as tall as its content (within `tolerance` px) and does not scroll inside. */
export async function settled(tab: Page, frame: Frame, selector = 'iframe', tolerance = 1) {
  await expect
    .poll(async () => {
      const f = await fit(tab, frame, selector);
      return Math.abs(f.frameHeight - f.content) <= tolerance && !f.overflows;
    }, POLL)
    .toBe(true);
  return fit(tab, frame, selector);
}
