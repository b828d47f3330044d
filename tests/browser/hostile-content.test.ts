import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { BrowserContext } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../support/build.ts';
import { launch } from '../support/chromium.ts';
import { htmlPages } from '../support/dist-pages.ts';
import { serveDist } from '../support/server.ts';

// The hostile-content corpus (tests/fixtures/hostile) puts injection vectors in the
// body and in every frontmatter and registry field. The build must render them inert.
const build = buildSite({ contentDir: 'tests/fixtures/hostile', outDir: 'dist-test-hostile' });
const pages = build.status === 0 ? htmlPages(build.outDir) : [];
const URL_PROPERTIES = new Set(['href', 'src', 'action', 'formAction', 'data', 'poster', 'srcSet', 'xLinkHref']);
// Elements content could use to run code, restyle the page or leave it; none of ours are among them.
const FOREIGN = new Set(['iframe', 'object', 'embed', 'form', 'math', 'base']);

describe('the hostile-content corpus', () => {
  test('builds (every vector in it is accepted as text and must render inert)', () => {
    expect(build.status, build.output).toBe(0);
    expect(pages.length).toBeGreaterThan(2);
  });

  test('no page carries an event-handler attribute, a javascript:/data: URL or an element we did not write', () => {
    const found: string[] = [];
    for (const { path, html } of pages) {
      visit(fromHtml(html), 'element', (node: Element) => {
        for (const [name, value] of Object.entries(node.properties)) {
          if (/^on/i.test(name)) found.push(`${path}: <${node.tagName} ${name}>`);
          if (URL_PROPERTIES.has(name) && /^\s*(javascript|data|vbscript):/i.test(String(value)))
            found.push(`${path}: <${node.tagName} ${name}="${String(value)}">`);
        }
        // Embeds write one <base target="_blank"> of their own in <head>, where content never goes.
        const ownBase =
          node.tagName === 'base' && path.startsWith('embed/') && Object.keys(node.properties).join() === 'target';
        if (FOREIGN.has(node.tagName) && !ownBase) found.push(`${path}: <${node.tagName}>`);
        // Our own scripts only: JSON-LD data and Astro's hashed module scripts.
        if (node.tagName === 'script' && !['application/ld+json', 'module'].includes(String(node.properties.type)))
          found.push(`${path}: <script type=${String(node.properties.type)}>`);
      });
    }
    expect(found).toEqual([]);
  });

  test('JSON embedded in pages cannot be closed by content', () => {
    for (const { path, html } of pages) {
      for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(() => JSON.parse(json!), path).not.toThrow();
      }
    }
  });
});

describe('in a browser', () => {
  let server: { url: string; close: () => Promise<void> };
  let browser: BrowserContext;
  beforeAll(async () => {
    server = await serveDist(build.outDir);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('no injected script runs and no dialog opens on any page', async () => {
    const ran: string[] = [];
    for (const { path } of pages) {
      const page = await browser.newPage();
      page.on('dialog', (dialog) => {
        ran.push(`${path}: dialog ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      await page.goto(`${server.url}${path.replace(/index\.html$/, '')}`);
      // Give event handlers (onload, ontoggle, onerror) a chance to fire.
      await page.waitForTimeout(150);
      await page.mouse.move(10, 10);
      await page.mouse.move(200, 300);
      const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
      if (pwned !== undefined) ran.push(`${path}: window.__pwned was set`);
      await page.close();
    }
    expect(ran).toEqual([]);
  });
});
