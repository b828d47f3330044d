import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { axeViolations } from '../support/axe.ts';
import { buildSite } from '../support/build.ts';
import { launch, SCHEMES, VIEWPORTS } from '../support/chromium.ts';
import { FIXTURES } from '../support/content-root.ts';
import { serveDist } from '../support/server.ts';

// The static search (Pagefind) over the archive fixture, in Chromium, served under a base path.
const BASE = '/news/';
const { stories, actors } = loadContent(join(FIXTURES, 'archive'), { base: BASE });
let outDir = '';
let server: { url: string; close: () => Promise<void> };
let browser: BrowserContext;

beforeAll(async () => {
  const build = buildSite({
    contentDir: 'tests/fixtures/archive',
    outDir: 'dist-test-search',
    base: BASE,
    env: { COUNTERPOINT_ITEM_PREVIEWS: '0' },
  });
  outDir = build.outDir;
  if (build.status !== 0) throw new Error(`the archive did not build:\n${build.output}`);
  server = await serveDist(outDir, BASE);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

async function searchPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize(VIEWPORTS[0]!);
  await page.goto(`${server.url}search/`);
  return page;
}
/** The results' links and kinds, in order, once the status says how many there are. */
async function results(page: Page) {
  await page.waitForFunction(() => /result/.test(document.querySelector('.search__status')?.textContent ?? ''));
  return page.$$eval('.search__results li', (items) =>
    items.map((li) => ({
      href: new URL(li.querySelector('a')!.href).pathname + new URL(li.querySelector('a')!.href).hash,
      about: li.querySelector('.search__about')!.textContent!,
    })),
  );
}

const minister = stories.flatMap((s) =>
  s.data.claims.filter((c) => c.actor.id === 'foreign-minister').map((c) => ({ slug: s.slug, claim: c })),
);

describe('search', () => {
  test('a phrase from a claim finds that claim’s own page first', async () => {
    const page = await searchPage();
    const { slug, claim } = minister[0]!;
    await page.fill('#search-q', claim.statement.split(' ').slice(1, 5).join(' '));
    const found = await results(page);
    expect(found[0]!.href).toBe(`${BASE}${slug}/claims/${claim.id}/`);
    await page.close();
  });

  test('an actor’s name finds their record first, and the kind filter narrows to their claims', async () => {
    const page = await searchPage();
    const name = actors.find((a) => a.id === 'foreign-minister')!.name;
    await page.fill('#search-q', name);
    const all = await results(page);
    expect(all[0]!.href).toBe(`${BASE}actors/foreign-minister/`);
    await page.selectOption('select[name="kind"]', 'Claim');
    await page.waitForFunction((n) => document.querySelectorAll('.search__results li').length < n, all.length);
    const claims = await results(page);
    expect(claims.map((r) => r.href).sort()).toEqual(
      minister.map(({ slug, claim }) => `${BASE}${slug}/claims/${claim.id}/`).sort(),
    );
    for (const r of claims) expect(r.about).toMatch(/^Claim ·/);
    await page.close();
  });

  test('the actor and topic filters narrow the results', async () => {
    const page = await searchPage();
    await page.fill('#search-q', 'river');
    const all = await results(page);
    // As a reader tabs or clicks to it: the list of topics is fetched then.
    await page.focus('select[name="topic"]');
    await page.selectOption('select[name="topic"]', 'Water');
    await page.waitForFunction((n) => document.querySelectorAll('.search__results li').length < n, all.length);
    const water = await results(page);
    const onWater = stories.filter((s) => s.data.tags.includes('Water')).map((s) => s.slug);
    for (const r of water)
      expect(
        onWater.some((slug) => r.href.startsWith(`${BASE}${slug}/`)),
        r.href,
      ).toBe(true);
    await page.focus('select[name="actor"]');
    await page.selectOption('select[name="actor"]', 'River Basin Institute');
    const institute = await results(page);
    expect(institute.length).toBeGreaterThan(0);
    expect(institute.length).toBeLessThanOrEqual(water.length);
    await page.close();
  });

  test('from the keyboard alone: type, then Tab to the first result and follow it', async () => {
    const page = await searchPage();
    const { slug, claim } = minister[0]!;
    await page.keyboard.press('Tab'); // skip link
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'search-q'; i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.type(claim.statement);
    await results(page);
    // Past the three filters, the first result.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(`**${BASE}${slug}/claims/${claim.id}/`), page.keyboard.press('Enter')]);
    await page.close();
  });

  test('the first search fetches at most 150 KB, and only the search page loads search code', async () => {
    const page = await browser.newPage();
    let bytes = 0;
    const bodies: Promise<void>[] = [];
    page.on('response', (response) => {
      if (!/\/(pagefind|search)\/[^/]+\.\w+/.test(new URL(response.url()).pathname)) return;
      bodies.push(
        response.body().then((body) => {
          // Scripts and JSON as a host sends them (gzip); Pagefind's index files are gzip already.
          bytes += /\.(js|json)$/.test(new URL(response.url()).pathname) ? gzipSync(body).length : body.length;
        }),
      );
    });
    for (const path of ['', `${stories[0]!.slug}/`, 'actors/foreign-minister/']) {
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('networkidle');
    }
    await Promise.all(bodies);
    expect(bytes, 'search code on other pages').toBe(0);
    await page.goto(`${server.url}search/`);
    await Promise.all(bodies);
    const script = bytes;
    expect(script).toBeGreaterThan(0);
    expect(script).toBeLessThanOrEqual(3 * 1024);
    await page.fill('#search-q', 'ceasefire');
    await results(page);
    await Promise.all(bodies);
    expect(bytes).toBeGreaterThan(script);
    expect(bytes).toBeLessThanOrEqual(150 * 1024);
    await page.close();
  });

  test.each(VIEWPORTS.flatMap((viewport) => SCHEMES.map((scheme) => [viewport.width, scheme, viewport] as const)))(
    'the search page with results has no axe violation at %ipx, %s',
    async (_width, colorScheme, viewport) => {
      const page = await browser.newPage();
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.goto(`${server.url}search/`);
      await page.fill('#search-q', 'ceasefire');
      await results(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );

  test('without JavaScript, the search page offers the actor, topic and place directories', async () => {
    const context = await launch({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}search/`);
    expect(await page.isVisible('#search-q')).toBe(false);
    const links = await page.$$eval('main a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const path of ['actors/', 'topics/', 'places/']) expect(links).toContain(`${BASE}${path}`);
    await context.close();
  });
});
