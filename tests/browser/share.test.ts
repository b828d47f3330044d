import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { launch } from '../support/chromium.ts';
import { serveDist } from '../support/server.ts';

const story = loadContent('content', { base: '/' }).stories[0]!;
const path = `${story.slug}/claims/`;
let server: { url: string; close: () => Promise<void> };
let browser: BrowserContext;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
  await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string, init?: () => void): Promise<Page> {
  const page = await browser.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(url);
  return page;
}

describe('share bar', () => {
  test('Copy link copies the canonical URL and says so, without leaving the page', async () => {
    const page = await open(`${server.url}${path}`);
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    await page.getByRole('link', { name: 'Copy link', exact: true }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await expect.poll(() => page.locator('.share').getByRole('status').textContent()).toBe('Link copied.');
    expect(page.url()).toBe(`${server.url}${path}`);
    await page.close();
  });

  test('any data-copy-link on the page copies its absolute URL (per-claim links)', async () => {
    const page = await open(`${server.url}${path}`);
    const id = story.data.claims[0]!.id;
    await page.evaluate((anchor) => {
      const link = Object.assign(document.createElement('a'), { href: anchor, textContent: 'Link to this claim' });
      link.setAttribute('data-copy-link', '');
      document.querySelector('main')!.prepend(link);
    }, `#claim-${id}`);
    await page.getByRole('link', { name: 'Link to this claim' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${server.url}${path}#claim-${id}`);
    await page.close();
  });

  test('a claim’s Link copies its own page’s address and says “Copied” where it was clicked', async () => {
    const page = await open(`${server.url}${path}`);
    const claim = story.data.claims[0]!;
    const link = page.locator(`#claim-${claim.id} a[data-copy-link]`);
    await link.click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${server.url}${story.slug}/claims/${claim.id}/`);
    expect(await link.textContent()).toBe('Copied');
    expect(page.url()).toBe(`${server.url}${path}`);
    await expect.poll(() => link.textContent(), { timeout: 4000 }).toBe('Link');
    await page.close();
  });

  test('without JavaScript, Copy link is a plain link to this page and the share links are there', async () => {
    const context = await launch({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(await page.getByRole('link', { name: 'Copy link', exact: true }).getAttribute('href')).toBe(canonical);
    for (const name of ['Email', 'WhatsApp', 'X', 'LinkedIn', 'Bluesky'])
      expect(await page.getByRole('link', { name, exact: true }).getAttribute('href')).toContain(
        encodeURIComponent(canonical!),
      );
    expect(await page.getByRole('button').count()).toBe(0);
    await context.close();
  });

  test('where the browser has a share sheet, a Share button opens it with the canonical URL', async () => {
    const page = await open(`${server.url}${path}`, () => {
      (navigator as unknown as { share: (d: unknown) => Promise<void> }).share = async (data) => {
        (window as unknown as { shared: unknown }).shared = data;
      };
    });
    await page.getByRole('button', { name: 'Share…' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: { url: string } }).shared);
    expect(shared.url).toBe(await page.locator('link[rel=canonical]').getAttribute('href'));
    await page.close();
  });

  test.each(['', 'claims/', 'timeline/', `claims/${story.data.claims[0]!.id}/`])(
    'is left off the printed page (/%s), the text stays',
    async (view) => {
      const page = await open(`${server.url}${story.slug}/${view}`);
      await expect(page.locator('.share').isVisible()).resolves.toBe(true);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.share').isVisible()).resolves.toBe(false);
      await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
      await page.close();
    },
  );
});
