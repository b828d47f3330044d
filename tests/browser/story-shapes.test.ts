import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildSite } from '../support/build.ts';
import { axeViolations } from '../support/axe.ts';
import { launch, SCHEMES, VIEWPORTS } from '../support/chromium.ts';
import { serveDist } from '../support/server.ts';

// Story shapes unlike the first story: a 185-character headline (tests/fixtures/long-headline),
// reference links right after a word and after one another, and a storm nobody did.
const FIXTURE = 'tests/fixtures/long-headline';
const build = buildSite({ contentDir: FIXTURE, outDir: 'dist-test-long-headline' });
const { stories } = loadContent(FIXTURE, { base: '/' });
const story = stories[0]!;

let server: { url: string; close: () => Promise<void> };
let browser: BrowserContext;
beforeAll(async () => {
  expect(build.status, build.output).toBe(0);
  server = await serveDist(build.outDir);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function article(viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${server.url}${story.slug}/`);
  return page;
}

/**
 * Each marked passage with the source's words after it, up to the end of the sentence (or of the
 * paragraph): as the article's plain text must read, with no reference label in between.
 */
const passages = story.marks.map((mark) => {
  const paragraph = story.body.split(/\n\s*\n/).find((p) => p.includes(mark.excerpt))!;
  const after = paragraph.slice(paragraph.indexOf(mark.excerpt) + mark.excerpt.length);
  return `${mark.excerpt}${/^[^.]*\.?/.exec(after)![0]}`;
});

describe('the text a reader or a machine copies from the article', () => {
  test('the fixture puts a reference link right before a full stop and two in a row', () => {
    const ends = story.marks.map((m) => passages.find((p) => p.startsWith(m.excerpt))!.slice(-20));
    expect(new Set(ends).size).toBeLessThan(ends.length);
    expect(passages.length).toBeGreaterThanOrEqual(4);
  });

  test('innerText reads as the source wrote it: no label glued to a word', async () => {
    const page = await article({ width: 1280, height: 800 });
    const text = await page.locator('.story-body').innerText();
    for (const passage of passages) expect(text).toContain(passage);
    expect(text).not.toMatch(/[\p{L}\p{N}.,”](?:[CAE]\d+)+\b/u);
    await page.close();
  });

  test('a copied selection of each paragraph reads the same', async () => {
    const page = await article({ width: 390, height: 844 });
    const copied = await page.locator('.story-body p').evaluateAll((paragraphs) =>
      paragraphs.map((p) => {
        const range = document.createRange();
        range.selectNodeContents(p);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return selection.toString();
      }),
    );
    const all = copied.join('\n');
    for (const passage of passages) expect(all).toContain(passage);
    await page.close();
  });

  test('the reference links still show their labels and are named by them', async () => {
    const page = await article({ width: 390, height: 844 });
    const chips = await page.locator('.story-body a.excerpt-ref').evaluateAll((links) =>
      links.map((a) => ({
        shown: getComputedStyle(a, '::before').content,
        name: a.getAttribute('aria-label') ?? '',
        width: a.getBoundingClientRect().width,
      })),
    );
    expect(chips.map((c) => c.shown.replace(/"/g, '')).sort()).toEqual(story.marks.map((m) => m.label).sort());
    for (const chip of chips) {
      expect(chip.name.startsWith(`${chip.shown.replace(/"/g, '')}:`)).toBe(true);
      expect(chip.width).toBeGreaterThan(10);
    }
    await page.close();
  });
});

describe(`a ${story.data.title.length}-character headline`, () => {
  test('leaves the first paragraph on the first screen of a laptop (1280 × 800)', async () => {
    const viewport = { width: 1280, height: 800 };
    const page = await article(viewport);
    const h1 = await page.locator('h1').innerText();
    expect(h1).toBe(story.data.title);
    const top = await page
      .locator('.story-body p')
      .first()
      .evaluate((p) => p.getBoundingClientRect().top);
    expect(top).toBeLessThan(viewport.height - 48);
    await page.close();
  });
});

describe('pages of this shape', () => {
  const background = story.data.events.find((e) => e.actors.length === 0)!;
  const paths = [`${story.slug}/`, `${story.slug}/timeline/`, `${story.slug}/timeline/${background.id}/`];
  test.each(
    paths.flatMap((path) => VIEWPORTS.flatMap((v) => SCHEMES.map((scheme) => [path, v.width, scheme] as const))),
  )('%s has no axe violations at %i px, %s', async (path, width, colorScheme) => {
    const page = await browser.newPage();
    await page.setViewportSize(VIEWPORTS.find((v) => v.width === width)!);
    await page.emulateMedia({ colorScheme });
    await page.goto(`${server.url}${path}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
