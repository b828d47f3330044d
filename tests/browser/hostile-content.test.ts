import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { BrowserContext } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { serveComparison } from '../../scripts/timeline-vs-timelinejs.mjs';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { buildSite } from '../support/build.ts';
import { launch } from '../support/chromium.ts';
import { duplicateIds, htmlPages } from '../support/dist-pages.ts';
import { serveDist } from '../support/server.ts';

// The hostile-content corpus (tests/fixtures/hostile) puts injection vectors in the
// body and in every frontmatter and registry field. The build must render them inert.
const CORPUS = 'tests/fixtures/hostile/articles/hostile-corpus.md';
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

  test('what the build publishes otherwise than written is a warning in its output, naming the file and line', () => {
    const lines = readFileSync(CORPUS, 'utf8').split('\n');
    const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
    const warning = (source: string, text: string) => `${CORPUS}: the article text (line ${lineOf(source)}): ${text}`;
    expect(build.output).toContain(
      warning('[click here](', 'the link "click here" goes to `javascript:window.__pwned=1`'),
    );
    expect(build.output).toContain(
      warning('<iframe src="javascript', 'the HTML <iframe src="javascript:window.__pwned=1"></iframe> is shown'),
    );
  });

  test('text that looks like Astro’s image marker is published as typed (it stopped the build, naming no file)', () => {
    expect(pages.some(({ html }) => html.includes('and __ASTRO_IMAGE_="1".'))).toBe(true);
  });

  test('no page uses an id twice (an editor’s `## Corrections` or `### Claim x` keeps to its own ids)', () => {
    expect(duplicateIds(pages)).toEqual([]);
  });

  test('no CSV cell holds a formula, split at commas, semicolons or tabs (Excel in French, German, Dutch settings)', () => {
    const unneutralised: string[] = [];
    for (const table of ['claims', 'assessments', 'events']) {
      const csv = readFileSync(join(build.outDir, 'hostile-corpus', `${table}.csv`), 'utf8');
      for (const piece of csv.split(/[,;\t\r\n]/))
        if (/^["\s]*[=+\-@＝＋－＠]/.test(piece)) unneutralised.push(`${table}.csv: ${piece}`);
    }
    expect(unneutralised).toEqual([]);
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

// Our exports are read by programs that decode once more than a browser reading our
// pages: feed readers render an RSS description as HTML, TimelineJS turns `group`
// into text with a parser and writes it back with innerHTML. Tested with the consumers.
describe('the exports, read by the programs that consume them', () => {
  let browser: BrowserContext;
  let server: { url: string; close: () => Promise<void> };
  const slug = 'hostile-corpus';
  const actors = parse(readFileSync('tests/fixtures/hostile/actors.yaml', 'utf8')) as { name: string }[];
  beforeAll(async () => {
    browser = await launch();
    server = await serveComparison(build.outDir);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page on our origin that records any dialog and exposes window.__pwned. */
  async function watchedPage(ran: string[]) {
    const page = await browser.newPage();
    page.on('dialog', (dialog) => {
      ran.push(`dialog ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    return page;
  }

  test('TimelineJS loading our timeline.json runs nothing and shows every actor name as written', async () => {
    const ran: string[] = [];
    const page = await watchedPage(ran);
    await page.goto(`${server.url}/tljs.html?json=/${slug}/timeline.json`);
    await page.waitForSelector('.tl-timemarker', { state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(300);
    const shown = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      groups: [...document.querySelectorAll('.tl-timegroup-message')].map((el) => el.textContent),
      foreign: document.querySelectorAll('.tl-timegroup-message *').length,
    }));
    await page.close();
    expect(ran).toEqual([]);
    expect(shown.pwned).toBeUndefined();
    expect(shown.foreign).toBe(0);
    // Every lane's group label is an actor's name, character for character.
    expect(shown.groups.length).toBeGreaterThan(0);
    for (const group of shown.groups) expect(actors.map((a) => a.name)).toContain(group);
  });

  test('feed.xml is well-formed XML, and its HTML fields render as the text the editor wrote', async () => {
    const ran: string[] = [];
    const page = await watchedPage(ran);
    await page.goto(`${server.url}/`);
    const xml = readFileSync(join(build.outDir, 'feed.xml'), 'utf8');
    const read = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      // A feed reader renders title and description as HTML: do so in this live page.
      const fields = [...doc.querySelectorAll('item > title, item > description, item > category, item > author')].map(
        (field) => {
          const host = document.createElement('div');
          document.body.append(host);
          host.innerHTML = field.textContent ?? '';
          return { html: field.textContent, text: host.textContent, elements: host.querySelectorAll('*').length };
        },
      );
      return { error, fields };
    }, xml);
    await page.waitForTimeout(200);
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
    await page.close();
    expect(read.error).toBeNull();
    expect(read.fields.length).toBeGreaterThan(0);
    expect(read.fields.filter((f) => f.elements > 0)).toEqual([]);
    expect(read.fields.map((f) => f.text)).toContain(
      (parse(splitFrontmatter(readFileSync(CORPUS, 'utf8'))!.yaml) as { dek: string }).dek,
    );
    expect(ran).toEqual([]);
    expect(pwned).toBeUndefined();
  });
});
