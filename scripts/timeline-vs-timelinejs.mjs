#!/usr/bin/env node
// Our timeline page vs. TimelineJS showing the same entries (from our export),
// in the same Chromium run: bytes transferred and first contentful paint.
//
//   npm run build && node scripts/timeline-vs-timelinejs.mjs [<slug>] [--runs 5] [--no-throttle]
//
// One local server serves both, gzip-compressed like any real host: the built
// site (dist/ or COUNTERPOINT_OUT_DIR) and TimelineJS 3 from node_modules,
// offline (absolute `script_path`, `font: null`). Each page loads in a fresh
// tab with an empty cache, under Lighthouse's mobile profile (150 ms RTT,
// 1.6 Mbit/s down, 4× CPU slowdown) unless --no-throttle. Medians are printed.
import { Buffer } from 'node:buffer';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { sitePath } from './serve.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const TIMELINEJS_DIST = join(ROOT, 'node_modules/@knight-lab/timelinejs/dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

/** The page a newsroom would embed: TimelineJS loading our export, nothing else. */
export function timelineJsHarness(origin, jsonPath) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>TimelineJS</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/tljs/css/timeline.css"></head>
<body style="margin:0"><div id="timeline-embed" style="width:100%;height:650px"></div>
<script src="/tljs/js/timeline.js"></script>
<script>
window.__tl = new TL.Timeline('timeline-embed', ${JSON.stringify(origin + jsonPath)}, {
  script_path: ${JSON.stringify(`${origin}/tljs/js/`)}, font: null });
</script></body></html>`;
}

/** Serves `root` (the built site) plus TimelineJS under /tljs/ and the harness at /tljs.html?json=<path>. */
export function serveComparison(root) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const origin = `http://${req.headers.host}`;
    let body;
    let type;
    if (url.pathname === '/tljs.html') {
      body = Buffer.from(timelineJsHarness(origin, url.searchParams.get('json') ?? '/'));
      type = TYPES['.html'];
    } else {
      const base = url.pathname.startsWith('/tljs/') ? TIMELINEJS_DIST : root;
      const rel = url.pathname.startsWith('/tljs/') ? url.pathname.slice(5) : url.pathname;
      const path = sitePath(rel);
      let file = path === undefined ? '' : join(base, path);
      if (!file.startsWith(`${base}${sep}`)) file = '';
      if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file || !existsSync(file)) {
        res.writeHead(404).end('not found');
        return;
      }
      body = readFileSync(file);
      type = TYPES[extname(file)] ?? 'application/octet-stream';
    }
    const compress = /gzip/.test(String(req.headers['accept-encoding'])) && /text|json|svg|javascript/.test(type);
    if (compress) body = gzipSync(body, { level: 9 });
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(body);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      done({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

async function measure(context, url, throttle, ready) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    requests += 1;
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  await ready(page);
  await page.waitForTimeout(500);
  const fcp = await page.evaluate(
    () => globalThis.performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
  await page.close();
  return { bytes, requests, fcp, errors };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf('--runs') + 1]) || (args.includes('--runs') ? 5 : 5);
  const throttle = !args.includes('--no-throttle');
  const dist = resolve(process.env.COUNTERPOINT_OUT_DIR ?? join(ROOT, 'dist'));
  const slug =
    args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ??
    readdirSync(dist).find((d) => existsSync(join(dist, d, 'timeline.json')));
  if (!slug) throw new Error(`No story with a timeline.json in ${dist}: build first.`);
  const { chromium } = await import('playwright-core');
  const server = await serveComparison(dist);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cp-tlvs-')), {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const entries = JSON.parse(readFileSync(join(dist, slug, 'timeline.json'), 'utf8')).events.length;
  const ours = [];
  const theirs = [];
  for (let i = 0; i < runs; i++) {
    ours.push(
      await measure(context, `${server.url}/${slug}/timeline/`, throttle, (p) => p.waitForSelector('.tl-list li')),
    );
    theirs.push(
      await measure(context, `${server.url}/tljs.html?json=/${slug}/timeline.json`, throttle, (p) =>
        p.waitForSelector('.tl-timemarker', { state: 'attached', timeout: 60_000 }),
      ),
    );
  }
  await context.close();
  await server.close();
  const row = (name, xs) => {
    const b = median(xs.map((x) => x.bytes));
    const f = median(xs.map((x) => x.fcp));
    return { name, bytes: b, fcp: f, requests: median(xs.map((x) => x.requests)), errors: xs.flatMap((x) => x.errors) };
  };
  const a = row('Counterpoint timeline page', ours);
  const b = row('TimelineJS 3 with our export', theirs);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `story: ${slug} (${entries} entries); ${runs} runs each, medians; ${throttle ? 'throttled: 150 ms RTT, 1.6 Mbit/s, 4× CPU' : 'no throttling'}`,
  );
  console.log(`${'page'.padEnd(32)} ${'transferred'.padStart(12)} ${'requests'.padStart(9)} ${'FCP'.padStart(10)}`);
  for (const r of [a, b])
    console.log(
      `${r.name.padEnd(32)} ${kb(r.bytes).padStart(12)} ${String(r.requests).padStart(9)} ${`${r.fcp.toFixed(0)} ms`.padStart(10)}`,
    );
  console.log(
    `ratio: ${(b.bytes / a.bytes).toFixed(1)}× fewer bytes, first contentful paint ${(b.fcp / a.fcp).toFixed(1)}× sooner`,
  );
  for (const r of [a, b]) if (r.errors.length) console.log(`${r.name}: page errors: ${r.errors.join('; ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
