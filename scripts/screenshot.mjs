#!/usr/bin/env node
// Screenshots of built pages, to look at what we ship.
//   node scripts/screenshot.mjs <path> [<path>…]   e.g. / /my-story/ /my-story/claims/
// Writes screenshots/<name>-<width>-<scheme>.png for 390 and 1280 px, light and dark.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { serve } from './serve.mjs';

const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const fullPage = !process.argv.includes('--viewport-only');
const out = process.env.SCREENSHOT_DIR ?? 'screenshots';
mkdirSync(out, { recursive: true });
const server = await serve({ root: process.env.COUNTERPOINT_OUT_DIR ?? 'dist', port: 0 });
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cp-shot-')), {
  executablePath: chromiumPath(),
  headless: true,
  args: CHROMIUM_ARGS,
});
for (const path of paths.length ? paths : ['/']) {
  for (const width of [390, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage();
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
      const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'index';
      const file = join(out, `${name}-${width}-${colorScheme}.png`);
      await page.screenshot({ path: file, fullPage });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
await server.close();
