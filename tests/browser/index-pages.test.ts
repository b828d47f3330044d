import { rmSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { INDEX_PAGE_SIZE } from '../../src/lib/view/index-pages.ts';
import { longTitledArchive } from '../support/archive.ts';
import { axeViolations } from '../support/axe.ts';
import { buildSite } from '../support/build.ts';
import { launch, SCHEMES, VIEWPORTS } from '../support/chromium.ts';
import { serveDist } from '../support/server.ts';

// The index of an archive longer than one page, in a real browser: the pages
// between "Newer stories" and "Older stories" pass axe and work from the keyboard.
// Three pages, so the middle one has both links (the front page passes the site-wide gates).
const { root } = longTitledArchive(2 * INDEX_PAGE_SIZE + 1);
let outDir = '';
let server: { url: string; close: () => Promise<void> };
let browser: BrowserContext;

beforeAll(async () => {
  const build = buildSite({
    contentDir: root,
    outDir: 'dist-test-index-pages-browser',
    env: { COUNTERPOINT_ITEM_PREVIEWS: '0' },
  });
  outDir = build.outDir;
  if (build.status !== 0) throw new Error(`the archive did not build:\n${build.output}`);
  server = await serveDist(outDir);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of [root, outDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('an index of three pages', () => {
  describe('/page/2/, between the newer and the older stories', () => {
    test.each(VIEWPORTS.flatMap((viewport) => SCHEMES.map((scheme) => [viewport.width, scheme, viewport] as const)))(
      'no axe violation at %ipx, %s',
      async (_width, colorScheme, viewport) => {
        const page = await browser.newPage();
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await page.goto(`${server.url}page/2/`);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      },
    );
  });

  test('from the keyboard, "Older stories" leads to page 2 and "Newer stories" back to the front page', async () => {
    const page = await browser.newPage();
    await page.setViewportSize(VIEWPORTS[0]!);
    await page.goto(server.url);
    const focusLink = async (name: string) => {
      // Tab through the page until the link has focus, as a keyboard user would.
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return;
      }
      throw new Error(`"${name}" was never reached with Tab`);
    };
    await focusLink('Older stories');
    await Promise.all([page.waitForURL(/\/page\/2\/$/), page.keyboard.press('Enter')]);
    expect(await page.locator('.story-card').count()).toBe(INDEX_PAGE_SIZE);
    expect(await page.locator('.pager__position').textContent()).toBe('Page 2 of 3');
    await focusLink('Newer stories');
    await Promise.all([page.waitForURL(new RegExp(`${server.url}$`)), page.keyboard.press('Enter')]);
    expect(await page.locator('.story-card').count()).toBe(INDEX_PAGE_SIZE);
    await page.close();
  });
});
