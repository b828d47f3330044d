import { readFileSync } from 'node:fs';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { routes, STORY_VIEWS, type StoryViewKind } from '../../src/lib/routes.ts';
import { axeViolations } from '../support/axe.ts';
import { launch } from '../support/chromium.ts';
import {
  builtOrigin,
  embedCodeFromPage,
  fit,
  frameOf,
  type HostSite,
  hostPage,
  POLL,
  settled,
  startHost,
} from '../support/embed-host.ts';
import { pdfText } from '../support/pdf-text.ts';
import { serveDist } from '../support/server.ts';

// The built site on one loopback port, a newsroom's page on another (another
// origin), our embed code pasted into it as a producer copies it.
const { stories } = loadContent('content', { base: '/' });
const story = stories[0]!;
const VIEWS = Object.keys(STORY_VIEWS) as StoryViewKind[];
const page = (view: StoryViewKind) => STORY_VIEWS[view].page(story.slug).replace(/^\//, '');
const embed = (view: StoryViewKind) => STORY_VIEWS[view].embed(story.slug).replace(/^\//, '');

let site: { url: string; close: () => Promise<void> };
let origin: string;
// Absolute links in the pages name the configured site (COUNTERPOINT_SITE); the browser is told it lives here.
const built = builtOrigin();
let host: HostSite;
let browser: BrowserContext;

beforeAll(async () => {
  site = await serveDist();
  origin = new URL(site.url).origin;
  host = await startHost();
  browser = await launch();
  await browser.route(`${built}/**`, async (route) =>
    route.fulfill({ response: await route.fetch({ url: route.request().url().replace(built, origin) }) }),
  );
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
});

describe('auto-height on another origin', () => {
  test.each(VIEWS)('the %s embed grows to its content and follows a resize from 390 to 1280 px', async (view) => {
    const tab = await browser.newPage();
    await tab.setViewportSize({ width: 390, height: 844 });
    await tab.goto(host.page(`auto-${view}.html`, hostPage(embedCodeFromPage(page(view), origin))));
    const frame = await frameOf(tab);
    expect(new URL(frame.url()).origin).toBe(origin);
    expect(new URL(tab.url()).origin).not.toBe(origin);

    const narrow = await settled(tab, frame);
    // The default height (900/700) is not what it shows: it measured itself.
    expect(narrow.frameHeight).not.toBe(Number(await tab.locator('iframe').getAttribute('height')));
    // The fallback link is hidden once the frame shows.
    await expect(tab.locator('[data-counterpoint-fallback]').isVisible()).resolves.toBe(false);

    await tab.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(async () => (await fit(tab, frame)).content, POLL).not.toBe(narrow.content);
    const wide = await settled(tab, frame);
    expect(wide.frameHeight).toBeLessThan(narrow.frameHeight);
    await tab.close();
  });

  test('without the host script the frame keeps its default height and scrolls', async () => {
    const code = embedCodeFromPage(page('article'), origin).replace(/<script[^>]*><\/script>/, '');
    const tab = await browser.newPage();
    await tab.setViewportSize({ width: 390, height: 844 });
    await tab.goto(host.page('no-script.html', hostPage(code)));
    const frame = await frameOf(tab);
    await tab.waitForTimeout(500);
    const f = await fit(tab, frame);
    expect(f.frameHeight).toBe(Number(await tab.locator('iframe').getAttribute('height')));
    expect(f.overflows).toBe(true);
    await expect(tab.locator('[data-counterpoint-fallback]').isVisible()).resolves.toBe(true);
    await tab.close();
  });

  test('a frame that loaded before the host script still gets sized (ready handshake)', async () => {
    const code = embedCodeFromPage(page('claims'), origin);
    const iframe = code.split('\n')[0]!.replace(' loading="lazy"', '');
    const script = `<script>addEventListener('load', () => { const s = document.createElement('script'); s.src = ${JSON.stringify(`${origin}/embed.js`)}; document.body.append(s); });</script>`;
    const tab = await browser.newPage();
    await tab.setViewportSize({ width: 390, height: 844 });
    await tab.goto(host.page('late-script.html', hostPage(iframe + script)));
    const frame = await frameOf(tab);
    await settled(tab, frame);
    await tab.close();
  });
});

describe('WordPress', () => {
  test('a frame with #?secret=abc posts { secret, message: "height" } to a stub listener and answers "ready"', async () => {
    const stub = `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" title="embed" src="${built}/${embed('claims')}#?secret=abc" data-secret="abc" width="600" height="400"></iframe>
<script>window.got = []; addEventListener('message', (e) => { if (e.source === document.querySelector('iframe').contentWindow) window.got.push(e.data); });</script>`;
    const tab = await browser.newPage();
    await tab.goto(host.page('wp.html', hostPage(stub)));
    const frame = await frameOf(tab);
    const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const wordpress = () =>
      tab.evaluate(() =>
        (window as unknown as { got: Record<string, unknown>[] }).got.filter((m) => m.secret !== undefined),
      );
    await expect.poll(wordpress, POLL).toContainEqual({ secret: 'abc', message: 'height', value: content });

    // wp-embed.js says "ready" to frames that loaded before it: the frame sends its height again.
    await tab.evaluate(() => {
      (window as unknown as { got: unknown[] }).got.length = 0;
      document.querySelector('iframe')!.contentWindow!.postMessage({ message: 'ready', secret: 'abc' }, '*');
    });
    await expect.poll(wordpress, POLL).toContainEqual({ secret: 'abc', message: 'height', value: content });

    // WordPress's sandbox forbids new tabs: a link to our site is handed to the host, which opens it on top.
    await tab.evaluate(() => ((window as unknown as { got: unknown[] }).got.length = 0));
    await frame.locator('a.embed-out').click();
    await expect
      .poll(wordpress, POLL)
      .toContainEqual({ secret: 'abc', message: 'link', value: `${built}/${page('claims')}` });
    await tab.close();
  });
});

describe('forged messages', () => {
  test('a message from another frame, another origin or a navigated frame changes no iframe height', async () => {
    const code = embedCodeFromPage(page('claims'), origin);
    // A second frame from OUR origin (an embed page not pasted with our code), and a frame of the host's own origin.
    const evil = host.page(
      'evil.html',
      `<!doctype html><title>evil</title><script>parent.postMessage({ type: 'counterpoint:height', id: location.pathname, height: 4321 }, '*')</script>`,
    );
    const body = `${code}
<iframe id="other" title="other" src="${origin}/${embed('timeline')}"></iframe>
<iframe id="evil" title="evil" src="about:blank"></iframe>`;
    const tab = await browser.newPage();
    await tab.setViewportSize({ width: 390, height: 844 });
    await tab.goto(host.page('forged.html', hostPage(body)));
    const frame = await frameOf(tab, 'iframe[data-counterpoint-embed]');
    await settled(tab, frame, 'iframe[data-counterpoint-embed]');
    const heights = () =>
      tab.locator('iframe').evaluateAll((frames) => frames.map((f) => f.getBoundingClientRect().height));
    const before = await heights();

    // 1. The page itself (not a frame) posts a height.
    await tab.evaluate(() => postMessage({ type: 'counterpoint:height', id: '/', height: 4321 }, '*'));
    // 2. Another frame of our own origin posts as if it were the pasted one.
    await tab
      .frameLocator('#other')
      .locator('body')
      .evaluate(() => parent.postMessage({ type: 'counterpoint:height', id: location.pathname, height: 4321 }, '*'));
    // 3. A frame of another origin posts.
    await tab.locator('#evil').evaluate((f, src) => ((f as HTMLIFrameElement).src = src), evil);
    // 4. Our pasted frame is navigated elsewhere: the right window, the wrong origin.
    await tab
      .locator('iframe[data-counterpoint-embed]')
      .evaluate((f, src) => (f as HTMLIFrameElement).contentWindow!.location.replace(src), evil);
    // 5. Malformed messages.
    await tab.evaluate(() => {
      for (const data of [null, 'counterpoint:height', { type: 'counterpoint:height', height: '4321' }, {}])
        postMessage(data, '*');
    });
    await tab.waitForTimeout(1500);
    expect(await heights()).toEqual(before);
    await tab.close();
  });
});

describe('links inside the embed', () => {
  test.each(VIEWS)('%s: every link opens outside the frame; the frame stays put', async (view) => {
    const tab = await browser.newPage();
    await tab.goto(host.page(`links-${view}.html`, hostPage(embedCodeFromPage(page(view), origin))));
    const frame = await frameOf(tab, 'iframe[data-counterpoint-embed]');
    const targets = await frame.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map(
        // SVG links (the timeline's lane picture) do not follow <base target>: they need their own.
        (a) =>
          a.getAttribute('target') ||
          (a instanceof HTMLAnchorElement ? document.querySelector('base')?.target : undefined) ||
          '',
      ),
    );
    expect(targets.length).toBeGreaterThan(0);
    expect(new Set(targets)).toEqual(new Set(['_blank']));

    const frameUrl = frame.url();
    const [popup] = await Promise.all([browser.waitForEvent('page'), frame.locator('a.embed-out').click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(`${built}/${page(view)}`);
    expect(frame.url()).toBe(frameUrl);
    expect(tab.url()).toBe(`${host.url}links-${view}.html`);
    await popup.close();
    await tab.close();
  });

  test('a same-page anchor opens on the full page, not in the frame', async () => {
    const tab = await browser.newPage();
    await tab.goto(host.page('anchor.html', hostPage(embedCodeFromPage(page('article'), origin))));
    const frame = await frameOf(tab, 'iframe[data-counterpoint-embed]');
    const frameUrl = frame.url();
    // An in-page link such as a view's own cross-references.
    await frame.evaluate(() => {
      const a = document.createElement('a');
      a.href = '#whos-who-heading';
      a.textContent = 'in-page';
      a.id = 'in-page';
      document.querySelector('main')!.prepend(a);
    });
    const [popup] = await Promise.all([browser.waitForEvent('page'), frame.locator('#in-page').click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(`${built}/${page('article')}#whos-who-heading`);
    expect(frame.url()).toBe(frameUrl);
    await popup.close();
    await tab.close();
  });
});

describe('framing rules', () => {
  const fullPages = ['', ...VIEWS.map(page)];
  test.each(fullPages)('the full page /%s refuses to be framed by another site', async (path) => {
    const tab = await browser.newPage();
    const target = `${origin}/${path}`;
    const response = await tab.request.get(target);
    expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
    await tab.goto(
      host.page(
        `frame-full-${path.replace(/\W+/g, '-')}.html`,
        hostPage(`<iframe title="t" src="${target}"></iframe>`),
      ),
    );
    await tab.waitForTimeout(800);
    const framed = tab.frames().find((f) => f !== tab.mainFrame());
    // A blocked frame ends on Chromium's error page, never on our document.
    expect(framed?.url()).not.toBe(target);
    const loaded = await framed?.evaluate(() => document.querySelector('h1')?.textContent ?? null).catch(() => null);
    expect(loaded ?? null).not.toBe(story.data.title);
    await tab.close();
  });

  test.each(VIEWS)('the %s embed may be framed by any site (frame-ancestors *)', async (view) => {
    const tab = await browser.newPage();
    const response = await tab.request.get(`${origin}/${embed(view)}`);
    expect(response.headers()['content-security-policy']).toBe('frame-ancestors *');
    expect(response.headers()['x-frame-options']).toBeUndefined();
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['referrer-policy']).toBeTruthy();
    expect(response.headers()['permissions-policy']).toBeTruthy();
    await tab.close();
  });
});

describe('theme and transparency', () => {
  test.each(['light', 'dark'] as const)('?theme=%s wins over the reader’s preference', async (theme) => {
    const tab = await browser.newPage();
    await tab.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
    await tab.goto(`${origin}/${embed('claims')}?theme=${theme}`);
    await expect
      .poll(() => tab.evaluate(() => getComputedStyle(document.documentElement).colorScheme), POLL)
      .toBe(theme);
    const background = await tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    const luminance = (r! + g! + b!) / 3;
    expect(theme === 'dark' ? luminance < 60 : luminance > 200).toBe(true);
    await tab.close();
  });

  test('?transparent=1 lets the host background through', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${origin}/${embed('timeline')}?transparent=1`);
    await expect
      .poll(() => tab.evaluate(() => getComputedStyle(document.body).backgroundColor), POLL)
      .toBe('rgba(0, 0, 0, 0)');
    await tab.close();
  });

  test('without a theme the frame follows the reader and declares both schemes', async () => {
    const tab = await browser.newPage();
    await tab.emulateMedia({ colorScheme: 'dark' });
    await tab.goto(`${origin}/${embed('article')}`);
    await expect(tab.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).resolves.toBe(
      'light dark',
    );
    await tab.close();
  });
});

describe('embed pages', () => {
  test.each(VIEWS)('%s: indexable, canonical to the full page, oEmbed link, attribution', async (view) => {
    const tab = await browser.newPage();
    await tab.goto(`${origin}/${embed(view)}`);
    // Search engines fold the embed into its canonical page; a noindex would keep the view out of host pages too.
    await expect(tab.locator('meta[name=robots]').count()).resolves.toBe(0);
    const canonical = await tab.locator('link[rel=canonical]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(`/${page(view)}`);
    const oembed = await tab.locator('link[type="application/json+oembed"]').getAttribute('href');
    expect(new URL(oembed!).pathname).toBe(routes.oembed(story.slug, view));
    const header = await tab.locator('header').innerText();
    expect(header).toContain(story.data.publisher.name);
    expect(header).toContain(story.data.title);
    expect(header).toMatch(/Full story on Counterpoint/);
    await expect(tab.locator('time').first().getAttribute('datetime')).resolves.toBe(story.data.published.iso);
    await tab.close();
  });
});

describe('the Embed panel on every full page', () => {
  test.each(VIEWS)('%s: the code is there and selectable with JavaScript off; no copy button then', async (view) => {
    const context = await launch({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${origin}/${page(view)}`);
    const code = await tab.locator('.embed-panel textarea').inputValue();
    expect(code).toContain(`/${embed(view)}"`);
    expect(code).toContain('<script async src=');
    await expect(tab.locator('.embed-panel textarea').getAttribute('readonly')).resolves.not.toBeNull();
    await expect(tab.getByRole('button', { name: 'Copy code' }).isVisible()).resolves.toBe(false);
    await context.close();
  });

  test('the copy button puts the exact code on the clipboard and says so', async () => {
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const tab = await browser.newPage();
    await tab.goto(`${origin}/${page('timeline')}`);
    await tab.getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => tab.locator('.embed-panel [role=status]').textContent(), POLL).toMatch(/Copied/);
    const copied = await tab.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await tab.locator('.embed-panel textarea').inputValue());
    await tab.close();
  });
});

describe('pym.js hosts', () => {
  // pym.js from npm, served by the host as a newsroom's CMS template loads it; no script of ours.
  const pym = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');
  const pymPage = (src: string) =>
    hostPage(
      `<div id="cp-embed"></div><script src="pym.v1.min.js"></script>` +
        `<script>new pym.Parent('cp-embed', ${JSON.stringify(src)}, { title: 'Counterpoint embed' })</script>`,
    );

  test.each(VIEWS)('pym.Parent sizes the %s embed from 390 to 1280 px within 2 px', async (view) => {
    host.page('pym.v1.min.js', pym);
    const tab = await browser.newPage();
    await tab.setViewportSize({ width: 390, height: 844 });
    await tab.goto(host.page(`pym-${view}.html`, pymPage(`${origin}/${embed(view)}`)));
    const frame = await frameOf(tab);
    expect(new URL(frame.url()).searchParams.get('childId')).toBe('cp-embed');
    await expect(tab.locator('script[src$="embed.js"]').count()).resolves.toBe(0);
    const narrow = await settled(tab, frame, 'iframe', 2);
    expect(narrow.frameHeight).toBeGreaterThan(200);

    await tab.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(async () => (await fit(tab, frame)).content, POLL).not.toBe(narrow.content);
    const wide = await settled(tab, frame, 'iframe', 2);
    expect(wide.frameHeight).toBeLessThan(narrow.frameHeight);
    await tab.close();
  });

  test('the frame speaks pym only when asked (?childId=) and only to the origin pym named (parentUrl)', async () => {
    const listen = (src: string) =>
      `<iframe title="t" src="${src}"></iframe><script>window.got = []; addEventListener('message', (e) => window.got.push(e.data));</script>`;
    let n = 0;
    const heard = async (query: string) => {
      const tab = await browser.newPage();
      await tab.goto(host.page(`pym-ask-${n++}.html`, hostPage(listen(`${origin}/${embed('claims')}${query}`))));
      await frameOf(tab);
      await expect
        .poll(() => tab.evaluate(() => (window as unknown as { got: unknown[] }).got.length), POLL)
        .toBeGreaterThan(0);
      await tab.waitForTimeout(300);
      const got = await tab.evaluate(() => (window as unknown as { got: unknown[] }).got);
      await tab.close();
      return got.filter((m): m is string => typeof m === 'string');
    };
    const here = encodeURIComponent(`${host.url}somewhere.html`);
    const pymHeights = await heard(`?initialWidth=600&childId=box&parentUrl=${here}`);
    expect(pymHeights.length).toBeGreaterThan(0);
    expect(pymHeights[0]).toMatch(/^pymxPYMxboxxPYMxheightxPYMx\d+$/);
    // Another site named as the parent: the message is addressed to it, so this page never sees it.
    expect(
      await heard(`?initialWidth=600&childId=box&parentUrl=${encodeURIComponent('https://elsewhere.example/')}`),
    ).toEqual([]);
    expect(await heard('')).toEqual([]);
  });

  test('forged pym messages from another frame or origin change no height under our host script', async () => {
    // Our embed code, with the frame also speaking pym (as if pym had added its parameters).
    const code = embedCodeFromPage(page('claims'), origin).replace(
      `/${embed('claims')}"`,
      `/${embed('claims')}?childId=cp&parentUrl=${encodeURIComponent(host.url)}"`,
    );
    const forge = (height: number) => `pymxPYMxcpxPYMxheightxPYMx${height}`;
    const evil = host.page(
      'pym-evil.html',
      `<!doctype html><title>evil</title><script>parent.postMessage(${JSON.stringify(forge(4321))}, '*')</script>`,
    );
    const body = `${code}
<iframe id="other" title="other" src="${origin}/${embed('timeline')}"></iframe>
<iframe id="evil" title="evil" src="about:blank"></iframe>`;
    const tab = await browser.newPage();
    await tab.setViewportSize({ width: 390, height: 844 });
    await tab.goto(host.page('pym-forged.html', hostPage(body)));
    const frame = await frameOf(tab, 'iframe[data-counterpoint-embed]');
    await settled(tab, frame, 'iframe[data-counterpoint-embed]');
    const heights = () =>
      tab.locator('iframe').evaluateAll((frames) => frames.map((f) => f.getBoundingClientRect().height));
    const before = await heights();
    await tab.evaluate((m) => postMessage(m, '*'), forge(4321));
    await tab
      .frameLocator('#other')
      .locator('body')
      .evaluate((_, m) => parent.postMessage(m, '*'), forge(4321));
    await tab.locator('#evil').evaluate((f, src) => ((f as HTMLIFrameElement).src = src), evil);
    await tab.waitForTimeout(1500);
    expect(await heights()).toEqual(before);
    await tab.close();
  });
});

describe('the host’s theme', () => {
  const scheme = (frame: Frame) => frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  const setTheme = (tab: Page, theme: string) =>
    tab
      .locator('iframe[data-counterpoint-embed]')
      .evaluate((f, t) => f.setAttribute('data-counterpoint-theme', t), theme);

  test('toggling the iframe’s theme attribute switches the embed by its next frame', async () => {
    const tab = await browser.newPage();
    await tab.emulateMedia({ colorScheme: 'light' });
    await tab.goto(host.page('theme.html', hostPage(embedCodeFromPage(page('claims'), origin))));
    const frame = await frameOf(tab, 'iframe[data-counterpoint-embed]');
    await settled(tab, frame, 'iframe[data-counterpoint-embed]');
    expect(await scheme(frame)).toBe('light dark');

    for (const theme of ['dark', 'light', 'auto'] as const) {
      // What the frame paints in the first animation frame after the host's message arrives.
      const painted = frame.evaluate(
        () =>
          new Promise<string>((resolve) =>
            addEventListener(
              'message',
              () => requestAnimationFrame(() => resolve(getComputedStyle(document.documentElement).colorScheme)),
              { once: true },
            ),
          ),
      );
      await setTheme(tab, theme);
      expect(await painted).toBe(theme === 'auto' ? 'light dark' : theme);
    }
    await tab.close();
  });

  test('a theme set before the frame loads is in its first paint; a sibling frame cannot set it', async () => {
    const code = embedCodeFromPage(page('timeline'), origin).replace(
      'data-counterpoint-theme="auto"',
      'data-counterpoint-theme="dark"',
    );
    const blank = host.page('blank.html', '<!doctype html><title>blank</title>');
    const tab = await browser.newPage();
    await tab.emulateMedia({ colorScheme: 'light' });
    // Far below the fold (beyond Chromium's lazy-load margin): the frame loads after the host script ran.
    const below = `<div style="height:20000px"></div>${code}<iframe id="other" title="other" src="${blank}"></iframe>`;
    await tab.goto(host.page('theme-first.html', hostPage(below)));
    await tab.waitForFunction(() => 'counterpointEmbed' in window);
    await tab.locator('iframe[data-counterpoint-embed]').scrollIntoViewIfNeeded();
    const frame = await frameOf(tab, 'iframe[data-counterpoint-embed]');
    // The frame is told in its address, which its script reads before anything is painted.
    await expect.poll(() => new URL(frame.url()).searchParams.get('theme'), POLL).toBe('dark');
    await frame.waitForLoadState('load');
    await expect.poll(() => scheme(frame), POLL).toBe('dark');
    await tab
      .frameLocator('#other')
      .locator('body')
      .evaluate(() => parent.frames[0]!.postMessage({ type: 'counterpoint:theme', theme: 'light' }, '*'));
    await tab.waitForTimeout(500);
    expect(await scheme(frame)).toBe('dark');
    await tab.close();
  });

  test.each(['light', 'dark'] as const)('axe passes inside the host page in the %s theme', async (theme) => {
    const tab = await browser.newPage();
    await tab.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
    await tab.goto(host.page(`theme-axe-${theme}.html`, hostPage(embedCodeFromPage(page('timeline'), origin))));
    const frame = await frameOf(tab, 'iframe[data-counterpoint-embed]');
    await settled(tab, frame, 'iframe[data-counterpoint-embed]');
    await setTheme(tab, theme);
    await expect.poll(() => scheme(frame), POLL).toBe(theme);
    expect(await axeViolations(tab)).toEqual([]);
    await tab.close();
  });
});

describe('printing a host page', () => {
  // PDF text loses spaces and line breaks inside lines; compare without them.
  const squash = (text: string) => text.replace(/\s+/g, '');

  async function printed(view: StoryViewKind, width: number) {
    const tab = await browser.newPage();
    await tab.setViewportSize({ width, height: 900 });
    await tab.goto(host.page(`print-${view}-${width}.html`, hostPage(embedCodeFromPage(page(view), origin))));
    const frame = await frameOf(tab, 'iframe[data-counterpoint-embed]');
    await settled(tab, frame, 'iframe[data-counterpoint-embed]');
    const text = squash(await pdfText(await tab.pdf({ format: 'A4' })));
    return { tab, frame, text };
  }

  test.each([390, 1280])('a timeline embed printed from %i px: every entry’s title is in the PDF', async (width) => {
    const { tab, frame, text } = await printed('timeline', width);
    const titles = await frame.locator('.tl-t').allTextContents();
    const { claims, assessments, events } = story.data;
    expect(titles).toHaveLength(claims.length + assessments.length + events.length);
    expect(titles.filter((title) => !text.includes(squash(title)))).toEqual([]);
    expect(text).toContain(squash('it does not rate them'));
    await tab.close();
  });

  test('a comparison printed from a wide window keeps every claim and assessment, scaled to the page', async () => {
    // At the page's width the two columns become one and the view grows taller than its frame.
    const { tab, text } = await printed('claims', 1280);
    const statements = [...story.data.claims, ...story.data.assessments].map((item) => item.statement);
    expect(statements.filter((statement) => !text.includes(squash(statement)))).toEqual([]);
    expect(text).toContain(squash('it does not rate them'));
    await tab.close();
  });
});
