import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pageKinds } from '../../scripts/page-kinds.mjs';
import { axeViolations } from '../support/axe.ts';
import { launch } from '../support/chromium.ts';
import { htmlPages } from '../support/dist-pages.ts';
import { DIST, serveDist } from '../support/server.ts';

// Gates over every built page: what a reader's browser reports must be clean.
const pages = htmlPages()
  .map((p) => p.path.replace(/index\.html$/, '').replace(/\.html$/, '/'))
  .filter((p) => p !== '404/');
// One page of each kind (index, article, claims, timeline, permalinks, embeds) for the slower gates.
const kinds = [...pageKinds(DIST)];
let server: { url: string; close: () => Promise<void> };
let browser: BrowserContext;
let noScript: BrowserContext;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
  noScript = await launch({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await noScript?.close();
  await server?.close();
});

describe('every kind of page', () => {
  test('there are pages of several kinds to check', () => {
    expect(kinds.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(kinds)('%s', (kind, path) => {
    test.each([
      [390, 'light'],
      [390, 'dark'],
      [1280, 'light'],
      [1280, 'dark'],
    ] as const)(`/${path}: no axe violation at %ipx, %s`, async (width, colorScheme) => {
      const page = await browser.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto(`${server.url}${path}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    test(`/${path}: text at 200% on a 390px phone reflows: nothing runs off the side (WCAG 1.4.4)`, async () => {
      const page = await browser.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${server.url}${path}`);
      // The reader's larger text: every size is in rem or em, so it follows the root's.
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await page.close();
    });

    test(`/${path}: everything is there with JavaScript off`, async () => {
      const read = async (page: Page) => {
        await page.goto(`${server.url}${path}`);
        return page.evaluate(() => ({
          ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
          text: (document.querySelector('main') ?? document.body).textContent?.replace(/\s+/g, ' ').trim() ?? '',
        }));
      };
      const withJs = await read(await browser.newPage());
      const withoutJs = await read(await noScript.newPage());
      // Every anchor a link can point to exists without JS, and the text is the same but for
      // what scripts add (copy buttons and the like).
      expect(withJs.ids.filter((id) => !withoutJs.ids.includes(id))).toEqual([]);
      expect(withoutJs.text.length).toBeGreaterThan(0);
      expect(withoutJs.text.length).toBeGreaterThanOrEqual(withJs.text.length * 0.95);
    });
  });
});

describe('every page', () => {
  test.each(pages)('/%s: CSP present, no violation, no console error, no request elsewhere', async (path) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    const origin = new URL(server.url).origin;
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
        problems.push(`external: ${request.url()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { __violations: string[] }).__violations ??= [];
        (window as unknown as { __violations: string[] }).__violations.push(
          `${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
    const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const violations = await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
    expect([...problems, ...violations.map((v) => `csp: ${v}`)]).toEqual([]);
    await page.close();
  });
});

describe('framing', () => {
  test('a full page refuses to be framed by another site', async () => {
    const host = await serveDist(); // same files, different port = different origin
    const page = await browser.newPage();
    await page.goto(`${host.url}404.html`);
    const target = `${server.url}${pages.find((p) => p !== '') ?? ''}`;
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
    }, target);
    await page.waitForTimeout(1000);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    // Blocked frames end on Chromium's error page instead of our URL.
    expect(framed?.url()).not.toBe(target);
    await page.close();
    await host.close();
  });
});
