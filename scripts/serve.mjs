#!/usr/bin/env node
// A small static server for the built site: what `npm start` and the browser
// tests use. It honours the configured base path and the headers in
// dist/_headers (the same file Netlify/Cloudflare-style hosts read).
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Parses a `_headers` file (Cloudflare Pages syntax): `path-pattern` lines
 * followed by indented `Name: value` lines, or `! Name` to detach a header an
 * earlier matching rule set.
 */
export function parseHeaders(text) {
  const rules = [];
  let current;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), headers: [] };
      rules.push(current);
    } else if (current) {
      const text = line.trim();
      if (text.startsWith('!')) {
        current.headers.push([text.slice(1).trim(), null]);
        continue;
      }
      const at = text.indexOf(':');
      if (at > 0) current.headers.push([text.slice(0, at).trim(), text.slice(at + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern, path) {
  const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return regex.test(path);
}

/** The headers the rules give a path: repeated names are joined with commas, `! Name` removes. */
export function headersFor(rules, path) {
  const headers = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
      if (value === null) delete headers[key];
      else headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
    }
  }
  return headers;
}

/**
 * A request's path, decoded once; undefined for one no browser sends and no
 * file has: a malformed escape, a NUL, a backslash, or a `.`/`..` segment
 * (browsers resolve those before sending, so one here was escaped to smuggle it
 * past that: `/embed/..%2fstory/`).
 */
export function sitePath(pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (/[\0\\]/.test(path) || path.split('/').some((segment) => segment === '.' || segment === '..')) return undefined;
  return path;
}

/** Starts a server for `root` under `base`; resolves to { url, close }. */
export function serve({
  root = 'dist',
  base = process.env.COUNTERPOINT_BASE ?? '/',
  port = 0,
  host = '127.0.0.1',
} = {}) {
  const dir = resolve(root);
  const realDir = realpathSync(dir);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    try {
      respond(req, res);
    } catch {
      // Whatever a request does, the server stays up for the next one.
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': TYPES['.txt'] });
      res.end('Server error');
    }
  });
  function respond(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': TYPES['.txt'] });
      return res.end('Method not allowed');
    }
    // Not `new URL(req.url, base)`: it reads `//host` and `/\\host` as another host.
    const target = req.url ?? '/';
    const query = target.indexOf('?');
    const search = query === -1 ? '' : target.slice(query);
    const path = target.startsWith('/') ? sitePath(query === -1 ? target : target.slice(0, query)) : undefined;
    if (path === undefined) {
      res.writeHead(400, { 'Content-Type': TYPES['.txt'] });
      return res.end('Bad request');
    }
    if (prefix && path !== prefix && !path.startsWith(`${prefix}/`)) return notFound(res);
    const inSite = path.slice(prefix.length) || '/';
    let file = join(dir, inSite);
    if (file !== dir && !file.startsWith(`${dir}${sep}`)) return notFound(res);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!inSite.endsWith('/')) {
        // One leading slash: `//s/` in a Location would send the reader to the host `s`.
        res.writeHead(301, { Location: `${encodeURI(path.replace(/\/{2,}/g, '/'))}/${search}` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile() || !realpathSync(file).startsWith(`${realDir}${sep}`))
      return notFound(res);
    // Headers are chosen for the same decoded, checked path that chose the file.
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
    Object.assign(headers, headersFor(rules, path));
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  }
  function notFound(res) {
    const page = join(dir, '404.html');
    res.writeHead(404, { 'Content-Type': TYPES['.html'], ...headersFor(rules, `${prefix}/404.html`) });
    res.end(existsSync(page) ? readFileSync(page) : 'Not found');
  }
  return new Promise((done) => {
    server.listen(port, host, () => {
      const address = server.address();
      done({
        url: `http://${host}:${address.port}${prefix}/`,
        close: () =>
          new Promise((closed) => {
            server.close(() => closed());
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await serve({
    root: process.env.COUNTERPOINT_OUT_DIR ?? 'dist',
    port,
    host: process.env.HOST ?? '127.0.0.1',
  });
  console.log(`Counterpoint is served at ${url} (Ctrl+C to stop)`);
}
