import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFor, parseHeaders, serve } from '../../scripts/serve.mjs';
import { headersFile } from '../../src/integrations/headers.ts';

// Hostile requests to the local server (`npm start`, `npm run preview`, every browser
// test): malformed escapes, climbs out of the output folder, paths that dress a full
// page up as an embed. A small site in a temp folder, with secrets beside it.
const SECRET = 'SECRET-OUTSIDE-THE-SITE';
const top = mkdtempSync(join(tmpdir(), 'cp-serve-'));
const root = join(top, 'dist');
/** Each file's body names the URL path it is served at, so a response says which file it was. */
const FILES: Record<string, string> = {
  'index.html': '/',
  '404.html': '/404.html',
  's/index.html': '/s/',
  's/data.json': '/s/data.json',
  's/claims.csv': '/s/claims.csv',
  'feed.xml': '/feed.xml',
  'embed/s/index.html': '/embed/s/',
};
for (const [file, path] of Object.entries(FILES)) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), `FILE ${path}`);
}
writeFileSync(join(root, '_headers'), headersFile('/', { embedAncestors: '*' }));
mkdirSync(join(top, 'dist-x'));
writeFileSync(join(top, 'dist-x', 'secret.txt'), SECRET);
writeFileSync(join(top, 'secret.txt'), SECRET);
const rules = parseHeaders(headersFile('/', { embedAncestors: '*' }));

let server: { url: string; close: () => Promise<void> };
let port: number;
beforeAll(async () => {
  server = await serve({ root, base: '/', port: 0 });
  port = Number(new URL(server.url).port);
});
afterAll(() => server?.close());

/** Sends `path` exactly as written (no client-side normalisation). */
function get(path: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers as Record<string, string>, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the local server, given hostile paths', () => {
  test('a malformed escape is a 400, and the server keeps serving', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/')).body).toBe('FILE /');
  });

  test('no escape reaches a sibling folder whose name starts with the output folder’s', async () => {
    for (const path of ['/..%2fdist-x/secret.txt', '/..%2Fdist-x%2Fsecret.txt', '/%2e%2e/dist-x/secret.txt']) {
      const response = await get(path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.body).not.toContain(SECRET);
    }
  });

  test('a redirect to a folder’s slash stays on the site', async () => {
    const response = await get('//s');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/s/');
  });

  test('a full page is never served under the embed rule', async () => {
    const response = await get('/embed/..%2fs/');
    expect(response.body).not.toBe('FILE /s/');
    expect(response.headers['content-security-policy']).not.toBe('frame-ancestors *');
  });

  test.each([
    ['/s/data.json', 'application/json'],
    ['/s/claims.csv', 'text/csv'],
    ['/feed.xml', 'application/xml'],
  ])('%s is data: served as %s with a sandboxing policy, never as a page', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(new RegExp(`^${type}`));
    expect(response.headers['content-security-policy']).toMatch(/default-src 'none'; sandbox/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  test('1,000 random paths: the server survives, serves nothing outside its folder, and a file’s headers are those of its path', async () => {
    const pieces = [
      '',
      '.',
      '..',
      '%2e',
      '%2e%2e',
      '%2E%2e',
      '.%2e',
      '%2f',
      '%2F',
      '%5c',
      '\\',
      '%00',
      '%',
      '%E0%A4%A',
      '%c0%af',
      '%252e%252e',
      'embed',
      's',
      'dist-x',
      'secret.txt',
      'index.html',
      'data.json',
      'claims.csv',
      'feed.xml',
      '404.html',
      ';x',
      '?q=1',
      '..%2f',
      '%2e%2e%2f',
      '..%5c',
      'é',
      '%C3%A9',
    ];
    // Seeded (mulberry32) so a failure can be replayed.
    let seed = 20261204;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const wrong: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const count = 1 + Math.floor(random() * 5);
      const path = `/${Array.from({ length: count }, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.8 ? '/' : '')}`;
      const response = await get(path);
      if (response.body.includes(SECRET)) wrong.push(`${path}: served a file outside the site`);
      if (![200, 301, 400, 404, 405].includes(response.status)) wrong.push(`${path}: status ${response.status}`);
      const location = response.headers.location;
      if (location !== undefined && !/^\/(?![/\\])/.test(location))
        wrong.push(`${path}: redirects off the site to ${location}`);
      if (response.status !== 200) continue;
      // The file served, by the path its body names: its headers must be that path's.
      const served = response.body.replace(/^FILE /, '');
      const expected = headersFor(rules, served);
      for (const [name, value] of Object.entries(expected))
        if (response.headers[name.toLowerCase()] !== value)
          wrong.push(`${path} (${served}): ${name} is ${response.headers[name.toLowerCase()]}`);
    }
    expect((await get('/')).status).toBe(200);
    expect(wrong).toEqual([]);
  });
});
