import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { axeViolations } from '../support/axe.ts';
import { launch, SCHEMES, VIEWPORTS } from '../support/chromium.ts';
import { serveDist } from '../support/server.ts';

const { stories } = loadContent('content', { base: '/' });
const story = stories[0]!;
const { data } = story;
let server: { url: string; close: () => Promise<void> };
let browser: BrowserContext;
const pageUrl = () => `${server.url}${story.slug}/claims/`;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Whether the element's top edge is inside the viewport. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  });

describe('the claims page', () => {
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      test(`has no axe violations at ${viewport.width}px, ${colorScheme}`, async () => {
        const page = await browser.newPage();
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await page.goto(pageUrl());
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }

  test('claims sit beside their assessments at 1280px and above them at 390px', async () => {
    const page = await browser.newPage();
    const claim = data.assessments[0]!.addresses[0]!.claim;
    const boxes = async () => {
      const row = page.locator('.cmp-row', { has: page.locator(`#claim-${claim}`) });
      const a = (await row.locator('.cmp-claim').boundingBox())!;
      const b = (await row.locator('.cmp-assessments').boundingBox())!;
      return { a, b };
    };
    await page.goto(pageUrl());
    await page.setViewportSize({ width: 1280, height: 900 });
    let { a, b } = await boxes();
    expect(b.x).toBeGreaterThanOrEqual(a.x + a.width);
    expect(Math.abs(b.y - a.y)).toBeLessThan(2);
    await page.setViewportSize({ width: 390, height: 844 });
    ({ a, b } = await boxes());
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no sideways scrolling on a phone').toBeLessThanOrEqual(0);
    await page.close();
  });

  test('reads completely with JavaScript off', async () => {
    const context = await launch({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pageUrl());
    for (const question of data.questions)
      await expect(page.getByRole('heading', { level: 2, name: question.text }).isVisible()).resolves.toBe(true);
    for (const claim of data.claims) {
      const el = page.locator(`#claim-${claim.id}`);
      await expect(el.isVisible()).resolves.toBe(true);
      await expect(el.innerText()).resolves.toContain(claim.statement);
    }
    for (const assessment of data.assessments) {
      const el = page.locator(`#assessment-${assessment.id}`);
      await expect(el.isVisible()).resolves.toBe(true);
      await expect(el.innerText()).resolves.toContain(assessment.statement);
    }
    await context.close();
  });

  test('the keyboard reaches every claim and every assessment, in reading order', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    // Instant scrolling, so "scrolled into view" can be checked right after each Tab.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(pageUrl());
    const reached: string[] = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'end';
        const card = el.closest('.cmp-claim, .cmp-assessment');
        const box = el.getBoundingClientRect();
        // A focused control must be on screen (scrolled into view), not hidden.
        // (1 px of slack: layout rounds sub-pixel boxes at the very end of the page.)
        const visible = box.width > 0 && box.height > 0 && box.top >= -1 && box.bottom <= window.innerHeight + 1;
        return `${visible ? '' : `INVISIBLE ${el.outerHTML.slice(0, 80)} `}${card?.id || card?.querySelector('a[data-copy-link]')?.getAttribute('href') || ''}`;
      });
      if (where === 'end') break;
      expect(where.startsWith('INVISIBLE'), where).toBe(false);
      if (where && reached.at(-1) !== where) reached.push(where);
    }
    const anchors = reached.filter((r) => r.startsWith('claim-') || r.startsWith('assessment-'));
    const order = await page
      .locator('.cmp-claim[id], .cmp-assessment[id]')
      .evaluateAll((els) => els.map((el) => el.id));
    expect(anchors).toEqual(order);
    expect(new Set(anchors)).toEqual(
      new Set([...data.claims.map((c) => `claim-${c.id}`), ...data.assessments.map((a) => `assessment-${a.id}`)]),
    );
    await page.close();
  });

  for (const target of [`claim-${data.claims.at(-1)!.id}`, `assessment-${data.assessments.at(-1)!.id}`]) {
    test(`a deep link to #${target} lands on it and highlights it`, async () => {
      const page = await browser.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${pageUrl()}#${target}`);
      await expect.poll(() => inView(page, `#${target}`), { timeout: 5000 }).toBe(true);
      const style = await page.locator(`#${target}`).evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(style).toBe('solid');
      const other = await page
        .locator('.cmp-claim, .cmp-assessment')
        .evaluateAll(
          (els, id) => els.filter((el) => el.id !== id && getComputedStyle(el).outlineStyle === 'solid').length,
          target,
        );
      expect(other, 'only the target is highlighted').toBe(0);
      await page.close();
    });
  }

  test('a repeated assessment links to its one full appearance', async () => {
    const page = await browser.newPage();
    await page.goto(pageUrl());
    const repeated = data.assessments.find((a) => a.addresses.length > 1)!;
    const links = page.locator(`.cmp-assessment--again a[href$="#assessment-${repeated.id}"]`);
    await expect(links.count()).resolves.toBe(repeated.addresses.length - 1);
    await links.first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#assessment-${repeated.id}`);
    await expect.poll(() => inView(page, `#assessment-${repeated.id}`), { timeout: 5000 }).toBe(true);
    await page.close();
  });

  test('prints the comparison without the chrome or copy links', async () => {
    const page = await browser.newPage();
    await page.goto(pageUrl());
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.story-nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('a[data-copy-link]').first().isVisible()).resolves.toBe(false);
    for (const claim of data.claims) await expect(page.locator(`#claim-${claim.id}`).isVisible()).resolves.toBe(true);
    const breaks = await page
      .locator('.cmp-claim, .cmp-assessment')
      .evaluateAll((els) => els.filter((el) => getComputedStyle(el).breakInside !== 'avoid').length);
    expect(breaks, 'cards do not split across pages').toBe(0);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
    await page.close();
  });
});
