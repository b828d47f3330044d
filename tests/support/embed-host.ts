import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { DIST } from './server.ts';

/**
 * A stand-in for a newsroom's site: another loopback port (so another origin)
 * that serves whatever HTML a test gives it, with no headers of ours.
 */
export interface HostSite {
  /** Origin with a trailing slash, e.g. http://localhost:40123/ */
  url: string;
  /** Serves `html` at `path` (e.g. `host/claims.html`) and returns its URL. */
  page(path: string, html: string): string;
  close(): Promise<void>;
}

export function startHost(): Promise<HostSite> {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\//, '');
    const html = pages.get(path);
    res.writeHead(html === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
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
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body style="margin:0;padding:16px;font-family:sans-serif"><h1>${title}</h1><p>Some of the host’s own text before the embed.</p>${body}<p>Host text after the embed.</p></body></html>`;
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
