import { rmSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveComparison } from '../../scripts/timeline-vs-timelinejs.mjs';
import { loadContent } from '../../src/lib/content/load.ts';
import { axeViolations } from '../support/axe.ts';
import { buildSite } from '../support/build.ts';
import { launch, SCHEMES, VIEWPORTS } from '../support/chromium.ts';
import { DIST } from '../support/server.ts';

// The first story from the built site, and the long fixture built here.
const first = loadContent('content', { base: '/' }).stories[0]!;
const long = loadContent('tests/fixtures/long-timeline', { base: '/' }).stories[0]!;
const longBuild = buildSite({ contentDir: 'tests/fixtures/long-timeline', outDir: 'dist-test-browser-long-timeline' });

// Stories of other shapes (tests/fixtures/shapes): a 1953 reference beside a dense month, one
// day, twenty-six actors, decades and uncertain dates, background events.
const shapes = loadContent('tests/fixtures/shapes', { base: '/' }).stories;
const shapesBuild = buildSite({ contentDir: 'tests/fixtures/shapes', outDir: 'dist-test-browser-shapes' });

const sites: readonly { name: string; story: typeof first; root: string }[] = [
  { name: 'first story', story: first, root: DIST },
  { name: 'long fixture', story: long, root: longBuild.outDir },
  ...shapes.map((story) => ({ name: `shape: ${story.slug}`, story, root: shapesBuild.outDir })),
];

const servers = new Map<string, { url: string; close: () => Promise<void> }>();
let browser: BrowserContext;

beforeAll(async () => {
  expect(longBuild.status, longBuild.output).toBe(0);
  expect(shapesBuild.status, shapesBuild.output).toBe(0);
  for (const site of sites) servers.set(site.name, await serveComparison(site.root));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  for (const server of servers.values()) await server.close();
  rmSync(longBuild.outDir, { recursive: true, force: true });
  rmSync(shapesBuild.outDir, { recursive: true, force: true });
});

/** Anchors of the story's dated entries, as the content defines them. */
function anchorsOf(story: typeof first): string[] {
  return [
    ...story.data.events.map((e) => `event-${e.id}`),
    ...story.data.claims.map((c) => `claim-${c.id}`),
    ...story.data.assessments.map((a) => `assessment-${a.id}`),
  ];
}

async function open(page: Page, site: (typeof sites)[number], hash = '') {
  await page.goto(`${servers.get(site.name)!.url}/${site.story.slug}/timeline/${hash}`);
}

describe.each(sites)('the timeline page ($name)', (site) => {
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      test(`has no axe violations at ${viewport.width}px, ${colorScheme}`, async () => {
        const page = await browser.newPage();
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await open(page, site);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }

  test('with JavaScript off, one ordered list holds every dated entry once, each with its <time>', async () => {
    const context = await launch({ javaScriptEnabled: false });
    const page = await context.newPage();
    await open(page, site);
    const items = await page.locator('ol.tl-list > li').evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.id,
        times: [...li.querySelectorAll('time')].map((t) => t.getAttribute('datetime')),
      })),
    );
    expect(items.map((i) => i.id).sort()).toEqual(anchorsOf(site.story).sort());
    // HTML has no machine value for a decade or a century ("the 2000s"): those say it in words only.
    const wordsOnly = new Set(
      [...site.story.data.events, ...site.story.data.claims, ...site.story.data.assessments]
        .filter((e) => ['decade', 'century'].includes(e.date.start.precision))
        .map((e) => e.id),
    );
    for (const item of items)
      if (!wordsOnly.has(item.id.replace(/^(event|claim|assessment)-/, '')))
        expect(item.times.length, item.id).toBeGreaterThan(0);
    // The lane picture is not a second copy for assistive technology, and its numbers are the list's.
    await expect(page.locator('.tl-pic').getAttribute('aria-hidden')).resolves.toBe('true');
    const marks = await page.locator('.tl-pic a').evaluateAll((as) =>
      as.map((a) => ({
        href: a.getAttribute('href'),
        // The number itself, not the halo copy drawn under it.
        label: a.querySelector('text:not(.halo)')?.textContent ?? null,
        tabindex: a.getAttribute('tabindex'),
      })),
    );
    expect(marks.length).toBeGreaterThanOrEqual(items.length);
    for (const mark of marks) {
      // The number, with `~` before it when approximate and `?` after it when uncertain.
      expect(mark.label).toMatch(/^~?\d+\??$/);
      expect(mark.label!.replace(/[~?]/g, '')).toBe(String(items.findIndex((i) => `#${i.id}` === mark.href) + 1));
      expect(mark.tabindex).toBe('-1');
    }
    await context.close();
  });

  test('at every width each entry of the list shows its number, the one its marks in the picture carry', async () => {
    const page = await browser.newPage();
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await open(page, site);
      const numbered = await page.locator('ol.tl-list > li').evaluateAll((lis) =>
        lis.map((li) => {
          const style = getComputedStyle(li);
          // A list item draws its marker; a grid is no list item and must draw the counter itself.
          const marker = style.display === 'list-item' && style.listStyleType !== 'none';
          const counter = /counter\(tl-entry\)/.test(getComputedStyle(li, '::before').content);
          return marker || (counter && /tl-entry 1/.test(style.counterIncrement));
        }),
      );
      expect(numbered.length).toBeGreaterThan(0);
      expect(numbered.every(Boolean), `at ${viewport.width}px`).toBe(true);
    }
    await page.close();
  });

  test('the axis labels of the lane picture never run into each other, and each reads on from a year', async () => {
    const page = await browser.newPage();
    // From 48rem, where the lanes are drawn, either side of 64rem, and wide.
    for (const width of [768, 900, 1023, 1024, 1280]) {
      for (const path of [`/${site.story.slug}/timeline/`, `/embed/${site.story.slug}/timeline/`]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${servers.get(site.name)!.url}${path}`);
        const labels = await page
          .locator('.tl-axis text')
          .evaluateAll((texts) =>
            texts
              .filter((t) => getComputedStyle(t).display !== 'none')
              .map((t) => ({ text: t.textContent!.trim(), ...t.getBoundingClientRect().toJSON() })),
          );
        expect(labels.length, `${path} at ${width}px`).toBeGreaterThan(0);
        labels.slice(1).forEach((label, i) => {
          expect(label.left, `"${labels[i]!.text}" runs into "${label.text}" at ${width}px on ${path}`).toBeGreaterThan(
            labels[i]!.right + 2,
          );
        });
        // A label without its year ("Jul") is read on from the year label shown before it.
        expect(labels[0]!.text, `${path} at ${width}px`).toMatch(/\d{4}/);
      }
    }
    await page.close();
  });

  test('a tall picture keeps its axis: with the last lane on screen, an axis date is on screen above it', async () => {
    const page = await browser.newPage();
    // A window shorter than the picture (as 25 lanes are in any window).
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, site);
    const tall = await page.locator('.tl-pic').evaluate((el) => el.getBoundingClientRect().height);
    const height = Math.min(420, Math.floor(tall * 0.6));
    await page.setViewportSize({ width: 1280, height });
    const lastLane = page.locator('.tl-pic .tl-row').last();
    await lastLane.evaluate((el) => el.scrollIntoView({ block: 'end', behavior: 'instant' }));
    const { lane, labels, pictureTop } = await page.evaluate(() => {
      const rows = document.querySelectorAll('.tl-pic .tl-row');
      return {
        lane: rows[rows.length - 1]!.getBoundingClientRect().toJSON(),
        pictureTop: document.querySelector('.tl-pic')!.getBoundingClientRect().top,
        labels: [...document.querySelectorAll('.tl-axis text')]
          .filter((t) => getComputedStyle(t).display !== 'none')
          .map((t) => ({ text: t.textContent, ...t.getBoundingClientRect().toJSON() })),
      };
    });
    expect(pictureTop, 'the picture’s top has scrolled away').toBeLessThan(0);
    expect(lane.bottom).toBeLessThanOrEqual(height + 1);
    const onScreen = labels.filter((l) => l.top >= 0 && l.bottom <= lane.top);
    expect(onScreen.length, JSON.stringify(labels.slice(0, 3))).toBeGreaterThan(0);
    // Tick lines run through the lanes, so the last lane's marks can be read against them.
    expect(await page.locator('.tl-over line.gl').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('at 1280 px every mark, label included, sits inside its lane', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, site);
    const outside = await page.locator('.tl-pic .tl-row:not(.tl-axis) svg').evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const lane = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('a')]
          .map((a) => ({ mark: a.getAttribute('href'), box: a.getBoundingClientRect() }))
          .filter(
            ({ box }) =>
              box.left < lane.left - 1 ||
              box.right > lane.right + 1 ||
              box.top < lane.top - 1 ||
              box.bottom > lane.bottom + 1,
          )
          .map(({ mark }) => mark);
      }),
    );
    expect(await page.locator('.tl-pic .tl-row:not(.tl-axis) svg a').count()).toBeGreaterThan(0);
    expect(outside).toEqual([]);
    await page.close();
  });

  test('a screen reader moves entry by entry: each entry’s title is a heading one level below the list’s', async () => {
    const page = await browser.newPage();
    await open(page, site);
    const { list, entries } = await page.evaluate(() => ({
      list: Number(document.querySelector('.tl-h')!.tagName.slice(1)),
      entries: [...document.querySelectorAll('ol.tl-list > li')].map((li) =>
        [...li.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName.slice(1))),
      ),
    }));
    expect(entries).toHaveLength(anchorsOf(site.story).length);
    for (const headings of entries) expect(headings).toEqual([list + 1]);
    await page.close();
  });

  test('on a phone an entry’s “Link” never stands alone on a line: it wraps with the link before it', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, site);
    const alone = await page.locator('ol.tl-list > li .tl-m').evaluateAll((lines) =>
      lines
        .map((line) => [...line.querySelectorAll('a')])
        .filter((links) => links.length > 1)
        // Where the link before ends (its last line box) and where "Link" starts.
        .map((links) => [[...links.at(-2)!.getClientRects()].at(-1)!.top, links.at(-1)!.getClientRects()[0]!.top])
        .filter(([before, link]) => Math.abs(before! - link!) > 1),
    );
    expect(alone).toEqual([]);
    await page.close();
  });

  test('keyboard: Tab reaches every entry, in time order, and nothing traps focus', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, site);
    const order = await page.locator('ol.tl-list > li').evaluateAll((lis) => lis.map((li) => li.id));
    const visited: string[] = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        const outline = el ? getComputedStyle(el).outlineStyle : 'none';
        return { entry: el?.closest('ol.tl-list > li')?.id ?? null, footer: Boolean(el?.closest('footer')), outline };
      });
      if (where.entry) {
        expect(where.outline, 'focus is visible').not.toBe('none');
        if (visited.at(-1) !== where.entry) visited.push(where.entry);
      }
      if (where.footer) break;
    }
    expect(visited).toEqual(order);
    await page.close();
  });

  test('a deep link to an entry scrolls it into view and highlights it', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const anchors = anchorsOf(site.story);
    const target = anchors[Math.floor(anchors.length / 2)]!;
    await open(page, site, `#${target}`);
    const state = () =>
      page.locator(`#${target}`).evaluate((el) => {
        const box = el.getBoundingClientRect();
        return {
          inView: box.top >= 0 && box.top < window.innerHeight,
          target: el.matches(':target'),
          outline: getComputedStyle(el).outlineStyle,
        };
      });
    await expect.poll(async () => (await state()).inView, { timeout: 5000 }).toBe(true);
    await expect(state()).resolves.toMatchObject({ target: true, outline: 'solid' });
    await page.close();
  });
});

describe('TimelineJS round trip', () => {
  test.each(sites)('TimelineJS 3 renders our export of the $name: every entry, no errors', async (site) => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const errors: string[] = [];
    const offsite: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('request', (r) => !r.url().startsWith(servers.get(site.name)!.url) && offsite.push(r.url()));
    await page.goto(`${servers.get(site.name)!.url}/tljs.html?json=/${site.story.slug}/timeline.json`);
    await page.waitForSelector('.tl-timemarker', { state: 'attached', timeout: 30_000 });
    const markers = await page.locator('.tl-timemarker').evaluateAll((els) => els.map((e) => e.id));
    const expected = anchorsOf(site.story);
    expect(markers).toHaveLength(expected.length);
    expect(markers.map((id) => id.replace(/-marker$/, '')).sort()).toEqual(expected.sort());
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  });
});
