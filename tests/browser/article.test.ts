import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { axeViolations } from '../support/axe.ts';
import { launch, SCHEMES, VIEWPORTS } from '../support/chromium.ts';
import { serveDist } from '../support/server.ts';

const { stories } = loadContent('content', { base: '/' });
const story = stories[0]!;
let server: { url: string; close: () => Promise<void> };
let browser: BrowserContext;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the article page', () => {
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      test(`has no axe violations at ${viewport.width}px, ${colorScheme}`, async () => {
        const page = await browser.newPage();
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await page.goto(`${server.url}${story.slug}/`);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }

  test('marks every claim in the text and links it to the comparison, with JavaScript off', async () => {
    const context = await launch({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${story.slug}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(story.data.title);
    for (const claim of story.data.claims) {
      const mark = page.locator(`#claim-${claim.id}`);
      await expect(mark.count()).resolves.toBe(1);
    }
    const refs = await page
      .locator('a.excerpt-ref--claim')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(refs.sort()).toEqual(story.data.claims.map((c) => `/${story.slug}/claims/#claim-${c.id}`).sort());
    await context.close();
  });

  test('the first Tab reaches the skip link, which moves focus to the content', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${story.slug}/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#main');
    await page.close();
  });

  test('a deep link to a claim scrolls its passage into view', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const claim = story.data.claims.at(-1)!;
    await page.goto(`${server.url}${story.slug}/#claim-${claim.id}`);
    const inView = () =>
      page.locator(`#claim-${claim.id}`).evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.top < window.innerHeight;
      });
    await expect.poll(inView, { timeout: 5000 }).toBe(true);
    await page.close();
  });
});
