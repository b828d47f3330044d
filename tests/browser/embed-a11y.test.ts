import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { STORY_VIEWS, type StoryViewKind } from '../../src/lib/routes.ts';
import { axeViolations } from '../support/axe.ts';
import { launch } from '../support/chromium.ts';
import { serveDist } from '../support/server.ts';

// Inside the embed: the frame's own document at the widths a host column gives it.
const { stories } = loadContent('content', { base: '/' });
const story = stories[0]!;
const VIEWS = Object.keys(STORY_VIEWS) as StoryViewKind[];
const CASES = VIEWS.flatMap((view) =>
  [320, 800].flatMap((width) => (['light', 'dark'] as const).map((scheme) => [view, width, scheme] as const)),
);

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

describe('embeds are accessible', () => {
  test.each(CASES)('%s embed at %ipx, %s: no axe violations', async (view, width, colorScheme) => {
    const page = await browser.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme });
    await page.goto(`${server.url}${STORY_VIEWS[view].embed(story.slug).slice(1)}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test.each(VIEWS)('%s embed: readable at 280px without sideways scrolling', async (view) => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 280, height: 600 });
    await page.goto(`${server.url}${STORY_VIEWS[view].embed(story.slug).slice(1)}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  test('a forced theme is accessible too (?theme=dark on a light reader)', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${server.url}${STORY_VIEWS.article.embed(story.slug).slice(1)}?theme=dark`);
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    expect(await axeViolations(page, ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])).toEqual([]);
    await page.close();
  });
});
