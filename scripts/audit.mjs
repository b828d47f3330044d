#!/usr/bin/env node
// Lighthouse (mobile) on one page of every kind of the built site.
//   npm run audit            audits dist/, prints the four scores per page, fails under the thresholds
// Thresholds: accessibility, best practices and SEO 100; performance 95 (loopback timings are noisy).
// Each page is audited RUNS times (default 3) and the median score of each category counts, as
// Lighthouse's own guidance on variability recommends; the table shows the medians.
// Embed pages are meant to stay out of search indexes (noindex), so SEO is not required of them.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pageKinds } from './page-kinds.mjs';
import { serve } from './serve.mjs';

const root = process.env.COUNTERPOINT_OUT_DIR ?? 'dist';
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const thresholds = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const server = await serve({ root, port: 0 });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
let failed = 0;
console.log(`${'page kind'.padEnd(28)} ${'page'.padEnd(60)} perf  a11y  bp    seo`);
try {
  for (const [kind, path] of pageKinds(root)) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${server.url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(thresholds),
        formFactor: 'mobile',
      });
      runs.push(result);
    }
    const scoresOf = (result) =>
      Object.fromEntries(
        Object.entries(result.lhr.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]),
      );
    const scores = Object.fromEntries(
      Object.keys(thresholds).map((id) => [id, median(runs.map((r) => scoresOf(r)[id]))]),
    );
    // The run whose performance is the median, for explaining a miss.
    const result = runs.find((r) => scoresOf(r).performance === scores.performance) ?? runs[0];
    const misses = Object.entries(thresholds).filter(
      ([id, min]) => !(id === 'seo' && kind.startsWith('embed')) && scores[id] < min,
    );
    console.log(
      `${kind.padEnd(28)} ${`/${path}`.padEnd(60)} ${['performance', 'accessibility', 'best-practices', 'seo']
        .map((id) => String(scores[id]).padEnd(5))
        .join(' ')}${misses.length ? '  ✗' : ''}`,
    );
    for (const [id] of misses) {
      failed++;
      const audits = Object.values(result.lhr.audits).filter(
        (a) =>
          result.lhr.categories[id].auditRefs.some((r) => r.id === a.id && r.weight > 0) &&
          a.score !== null &&
          a.score < 1,
      );
      for (const audit of audits) console.log(`    ${id}: ${audit.id} — ${audit.title}`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
if (failed) {
  console.error(`\n${failed} score(s) under the thresholds ${JSON.stringify(thresholds)}.`);
  process.exit(1);
}
console.log(`\nAll pages meet ${JSON.stringify(thresholds)}.`);
